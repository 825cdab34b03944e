// R-BAT-01 — 000 §1.13 (bug fix of the move batch in release 2023-4): when CPR reports a move to another
// municipality, DFDG's move batch sets the person category to 'Ikke visiteret' so the new jobcentre can categorise
// the citizen — but never when the new jobcentre already took the citizen over manually (UpdatePersonJobcenter)
// and categorised them before DFDG received the move. "Contact groups that must have a person category" are not
// listed: the batch resets a citizen who has an open person category (D-260) that is an assessment — not
// the registration categories applicant/recipient (2/3), which the enrollment and KY decide and a move does not
// change (D-265). Two units, one rule: the reset
// (always), the takeover exception (from the release; before it the batch reset the takeover's category too).
import { PersonCategory, isRegistrationCategory, type JobcentreChange } from '../../domain/personCategory.ts';
import type { CprMove } from '../../domain/personMove.ts';
import { OrganisationType, type CitizenState, type IsoDate, type PersonCategoryPeriod } from '../../domain/types.ts';
import { inForce, type RuleMeta } from '../engine.ts';

export const moveResetsCategory: RuleMeta = {
  id: 'R-BAT-01',
  title: "Before release 2023-4 the move batch set the person category to 'Ikke visiteret', even after a takeover",
  source: '000 §1.13',
  validFrom: null,
  validTo: '2023-12-04',
};

export const takeoverKeepsCategory: RuleMeta = {
  id: 'R-BAT-01',
  title: "The move batch resets the person category, but never after the new jobcentre's manual takeover",
  source: '000 §1.13',
  validFrom: '2023-12-04',
  validTo: null,
};

export type CategoryAfterMove =
  { kind: 'unchanged' } | { kind: 'kept'; takeover: JobcentreChange } | { kind: 'reset'; open: PersonCategoryPeriod };

/** The person category open on `date` (no end, or ending on or after it). */
export const openCategoryOn = (citizen: CitizenState, date: IsoDate): PersonCategoryPeriod | undefined =>
  citizen.personCategories.find((c) => c.startDate <= date && (c.endDate === null || c.endDate >= date));

/** The new jobcentre's own manual takeover that it followed with the category open on `date`, if any. */
function takeoverBeforeMove(
  citizen: CitizenState,
  move: CprMove,
  changes: readonly JobcentreChange[],
  open: PersonCategoryPeriod,
  date: IsoDate,
): JobcentreChange | undefined {
  if (citizen.person.jobcenterCode !== move.jobcenterCode) return undefined;
  const categorisedByNew =
    open.registeredBy.organisationType === OrganisationType.Jobcenter &&
    open.registeredBy.organisationCode === move.jobcenterCode;
  if (!categorisedByNew) return undefined;
  return changes.find(
    (c) =>
      c.jobcenterCode === move.jobcenterCode &&
      c.registeredBy.organisationType === OrganisationType.Jobcenter &&
      c.registeredBy.organisationCode === move.jobcenterCode &&
      c.changeDate <= date &&
      open.registeredOn >= c.changeDate,
  );
}

/** What the move batch does to the citizen's person category when `move` arrives on `date`. */
export function categoryAfterMove(
  citizen: CitizenState,
  move: CprMove,
  changes: readonly JobcentreChange[],
  date: IsoDate,
): CategoryAfterMove {
  if (move.municipalityCode === citizen.person.municipalityCode) return { kind: 'unchanged' };
  const open = openCategoryOn(citizen, date);
  if (!open || open.category === PersonCategory.IkkeVisiteret || isRegistrationCategory(open.category))
    return { kind: 'unchanged' };
  if (inForce(takeoverKeepsCategory, date)) {
    const takeover = takeoverBeforeMove(citizen, move, changes, open, date);
    if (takeover) return { kind: 'kept', takeover };
  }
  return { kind: 'reset', open };
}
