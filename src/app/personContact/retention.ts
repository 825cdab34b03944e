// The retention rules of the contact-person register (release-rules.md R-DEL-08, R-DEL-09), as policies of the
// deletion engine (src/app/retention/). Both count six months from the end of the contact relation, on the
// business date of the run: a contact ended on 1 Jan 2023 is due on 1 Jul 2023 (src/app/retention/periods.ts).
// - R-DEL-08: the professional contact persons PersonContactService registered (no activity), whatever their type
//   and even when a new contact of the same type followed — each row counts from its own end date.
// - R-DEL-09: the contacts an activity brought (types 2, 3, 15; ActivityService records them with the activity's
//   period, `activityContactOf`, and replaces them when the activity changes), six months after the activity's end.
// A contact without an end date is never due. Every contact row is selected by exactly one of the two.
import type { RetentionPolicy } from '../retention/policy.ts';
import { lastStartDue } from '../retention/periods.ts';
import { countEndedContacts, deleteEndedContacts, type ContactSource } from '../../store/personContactRepository.ts';

const MONTHS = 6;

const endedContacts = (ruleId: string, source: ContactSource, what: string): RetentionPolicy => ({
  ruleId,
  what,
  countDue: (db, today) => countEndedContacts(db, source, lastStartDue(today, MONTHS)),
  deleteDue: (trx, today, limit) => deleteEndedContacts(trx, source, lastStartDue(today, MONTHS), limit),
});

export const professionalContactRetention = endedContacts(
  'R-DEL-08',
  'own',
  'professional contact persons (PersonContactService), 6 months after the relation ends',
);

export const activityContactRetention = endedContacts(
  'R-DEL-09',
  'activity',
  "contact persons from an activity (types 2, 3, 15), 6 months after the activity's end",
);
