// R-MTG-08 — 000 §1.5: "En borger kan kun have én frist for booking", so deadlines for 7 and 17 cannot
// exist in the same period. Best reading: a deadline overlapping another active one is refused,
// whatever the interview type.
import { overlaps } from '../../domain/dates.ts';
import { DeadlineStatus } from '../../domain/contactProcess.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { DeadlineCommand } from './contact-command.ts';

export const oneDeadlineAtATime: ValidationRule<DeadlineCommand> = {
  id: 'R-MTG-08',
  title: 'Only one self-booking deadline at a time',
  source: '000 §1.5',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    const d = c.deadline;
    const clash = c.process.deadlines.find(
      (o) =>
        o.id !== d.id && o.status === DeadlineStatus.Active && overlaps(o.startDate, o.endDate, d.startDate, d.endDate),
    );
    if (!clash) return null;
    return violation(
      this,
      'OverlappingDeadline',
      `deadline ${clash.id} (${clash.startDate}–${clash.endDate}, type ${clash.interviewType}) is active`,
    );
  },
};
