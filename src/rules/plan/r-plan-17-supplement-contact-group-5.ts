// R-PLAN-17 — 000 §1.7 (bug fix of release 2023-4): an activity supplement may be created for citizens under 30 in
// contact group 5 'For-revalidering'; a citizen aged 30 or over is refused (best reading). A-38: the lawful groups
// are configurable, known: 5 under 30; the facade also counts the two youth groups 12 and 28 that DFDG moves at 30
// (R-BAT-06) as lawful under 30 (D-249). Outside those groups the supplement is refused too.
import { birthdayOfAge } from '../../domain/dates.ts';
import type { IsoDate } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { RELEASE_2023_4 } from '../ak/r-ak-01-nuph-lists.ts';
import type { SupplementCommand } from './supplement-command.ts';

/** The age from which no activity supplement is lawful. */
export const SUPPLEMENT_AGE_LIMIT = 30;
/** Contact group 5 'For-revalidering'. */
export const CONTACT_GROUP_FOR_REVALIDERING = 5;
/** The contact groups in which a citizen under 30 may have an activity supplement (A-38, D-249). */
export const SUPPLEMENT_CONTACT_GROUPS: ReadonlySet<number> = new Set([CONTACT_GROUP_FOR_REVALIDERING, 12, 28]);

/** Whether a supplement is lawful for a citizen born `birthDate`, in `contactGroup`, on `date`. */
export function supplementLawful(birthDate: IsoDate, contactGroup: number | null, date: IsoDate): boolean {
  return (
    contactGroup !== null &&
    SUPPLEMENT_CONTACT_GROUPS.has(contactGroup) &&
    date < birthdayOfAge(birthDate, SUPPLEMENT_AGE_LIMIT)
  );
}

export const supplementUnder30: ValidationRule<SupplementCommand> = {
  id: 'R-PLAN-17',
  title: "Activity supplement only for citizens under 30 (contact group 5 'For-revalidering' included)",
  source: '000 §1.7',
  validFrom: RELEASE_2023_4,
  validTo: null,
  evaluate(command) {
    if (command.eventDate >= birthdayOfAge(command.birthDate, SUPPLEMENT_AGE_LIMIT))
      return violation(supplementUnder30, 'SupplementCitizenAged30', `born ${command.birthDate}`);
    if (command.contactGroup === null || !SUPPLEMENT_CONTACT_GROUPS.has(command.contactGroup))
      return violation(
        supplementUnder30,
        'SupplementContactGroupNotLawful',
        `contact group ${command.contactGroup ?? 'none'} on ${command.eventDate}`,
      );
    return null;
  },
};
