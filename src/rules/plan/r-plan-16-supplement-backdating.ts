// R-PLAN-16 — 000 §1.6: until release 2023-4 the event date (hændelsesdato) of an activity supplement could lie at
// most 7 days in the past; the limit is removed from 2023-4 (Ankestyrelsen), so any event date back is accepted.
// The rule is the old limit, in force until the release: from it on nothing refuses a backdated supplement.
import { addDays } from '../../domain/dates.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { RELEASE_2023_4 } from '../ak/r-ak-01-nuph-lists.ts';
import type { SupplementCommand } from './supplement-command.ts';

/** Days an event date could lie back before release 2023-4. */
export const FORMER_BACKDATING_DAYS = 7;

export const supplementBackdatingLimit: ValidationRule<SupplementCommand> = {
  id: 'R-PLAN-16',
  title: 'Activity supplement: the 7-day backdating limit of the event date applies until release 2023-4',
  source: '000 §1.6',
  validFrom: null,
  validTo: RELEASE_2023_4,
  evaluate(command, businessDate) {
    if (command.eventDate >= addDays(businessDate, -FORMER_BACKDATING_DAYS)) return null;
    return violation(
      supplementBackdatingLimit,
      'SupplementBackdatedTooFar',
      `event date ${command.eventDate} is more than ${FORMER_BACKDATING_DAYS} days before ${businessDate}`,
    );
  },
};
