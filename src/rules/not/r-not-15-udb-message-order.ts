// R-NOT-15 — 000 §3.2, release 2023-4 (UDB's new interface version): DFDG sends to UDB, in this order, (1) the
// creation of the subscription, (2) the support needs, (3) the jobcentre contact person (contact person type 32).
// Without a registered type-32 contact DFDG sends a pseudo contact person naming the jobcentre, so the educational
// institution always sees which municipality or jobcentre the young person belongs to.
import type { PersonContact } from '../../domain/personContact.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { UdbMessageKind } from '../../domain/udb.ts';
import type { RuleMeta } from '../engine.ts';
import { within } from '../../domain/dates.ts';
import { RELEASE_2023_4 } from '../oth/r-oth-01-asylovergivelse-service.ts';

export const udbMessageOrder: RuleMeta = {
  id: 'R-NOT-15',
  title: 'Messages to UDB in the fixed order: subscription, support needs, jobcentre contact (or a pseudo contact)',
  source: '000 §3.2',
  validFrom: RELEASE_2023_4,
  validTo: null,
};

export const UDB_MESSAGE_ORDER: readonly UdbMessageKind[] = [
  'abonnement',
  'stoettebehov',
  'kontaktperson',
  'afmelding',
];

/** Contact person type 32 'Jobcenterkontaktperson' (C-10). */
export const JOBCENTRE_CONTACT_TYPE = 32;

export interface UdbContactPerson {
  pseudo: boolean;
  jobcenterCode: string;
  name: string;
  phone: string | null;
  email: string | null;
}

/** The jobcentre contact UDB gets: the citizen's type-32 contact in force on `date`, or the pseudo contact. */
export function udbContactPerson(
  contacts: readonly PersonContact[],
  jobcenterCode: string,
  date: IsoDate,
): UdbContactPerson {
  const own = contacts.find((c) => c.contactType === JOBCENTRE_CONTACT_TYPE && within(date, c.startDate, c.endDate));
  if (!own) return { pseudo: true, jobcenterCode, name: `Jobcenter ${jobcenterCode}`, phone: null, email: null };
  const name = [own.givenName, own.surname].filter((n) => n !== null).join(' ') || `Jobcenter ${jobcenterCode}`;
  return { pseudo: false, jobcenterCode, name, phone: own.phone, email: own.email };
}

/** `kinds` in the order UDB must receive them. */
export const inUdbOrder = <T extends { kind: UdbMessageKind }>(messages: readonly T[]): T[] =>
  [...messages].sort((a, b) => UDB_MESSAGE_ORDER.indexOf(a.kind) - UDB_MESSAGE_ORDER.indexOf(b.kind));
