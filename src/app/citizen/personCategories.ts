// The citizen's person category (PersonRegistrationService Create/UpdatePersonCategory, the move batch R-BAT-01).
// A registration opens a category on its start date when none is open (5202 otherwise); an update replaces the
// open one from its start date (the open one ends the day before; 5203 when none is open). The category must be
// one the citizen's contact group on that day admits (the person-category matrix, src/domain/personCategory.ts:
// 5201; 8060 without a contact group), and applicant and recipient need an open enrollment (4656); an applicant
// again after being a recipient in the same enrollment is 4655, and a category that an absence lasting from the
// start rules out in every contact group is 4654 (the recovered part of the matrix, D-267).
import { absenceNeverWithCategory } from '../../domain/absenceCategoryMatrix.ts';
import { addDays } from '../../domain/dates.ts';
import { PersonCategory, categoryAdmitted, needsEnrollment } from '../../domain/personCategory.ts';
import type { CprMove } from '../../domain/personMove.ts';
import type { Actor, CitizenState, IsoDate, PersonCategoryPeriod } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { categoryAfterMove, contactGroupOn, enrolledOn, type CategoryAfterMove } from '../../rules/index.ts';
import { insertPersonCategory, updatePersonCategory } from '../../store/citizenRepository.ts';
import { jobcentreChangesOf } from '../../store/personRegistrationRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';

/** DFDG's own registrations (the move batch's reset) carry this organisation. */
const DFDG = { organisationType: 0, organisationCode: 'DFDG' };

const registrant = (actor: Actor) =>
  actor.kind === 'authority'
    ? { organisationType: actor.organisationType, organisationCode: actor.organisationCode }
    : DFDG;

/** The category the citizen has on or after `from` (no end date, or ending on or after it). */
const openFrom = (citizen: CitizenState, from: IsoDate) =>
  citizen.personCategories.find((c) => c.endDate === null || c.endDate >= from);

function checkCategory(w: WriteContext, citizen: CitizenState, category: number, from: IsoDate): void {
  requireCodeListValue('person-categories', category, w.businessDate, 'PersonCategoryTypeIdentifier');
  const group = contactGroupOn(citizen, from);
  if (group === null) throw fault('NoActiveContactGroup', `no contact group on ${from}`);
  if (!categoryAdmitted(category, group))
    throw fault('PersonCategoryNotForContactGroup', `person category ${category} in contact group ${group}`);
  const enrollment = citizen.enrollments.find((e) => enrolledOn(e, from));
  if (needsEnrollment(category) && !enrollment)
    throw fault(
      'PersonCategoryNotCoherentWithEnrollment',
      `person category ${category} without an enrollment on ${from}`,
    );
  // D-267: applicant again after KY made the citizen a recipient within this enrollment — a new registration.
  const recipientBefore =
    category === PersonCategory.Ansoeger &&
    enrollment &&
    citizen.personCategories.find(
      (c) => c.category === PersonCategory.Modtager && c.startDate >= enrollment.enrollmentDate && c.startDate < from,
    );
  if (recipientBefore)
    throw fault(
      'UnenrollBeforePersonCategory',
      `recipient since ${recipientBefore.startDate} in the enrollment of ${enrollment.enrollmentDate}`,
    );
  // D-267: an absence lasting on or after `from` that the matrix allows with this category in no contact group.
  const conflicting = citizen.absences.find(
    (a) =>
      a.active &&
      a.deletedOn === null &&
      (a.endDate === null || a.endDate >= from) &&
      absenceNeverWithCategory(a.absenceType, category),
  );
  if (conflicting)
    throw fault(
      'PersonCategoryConflictsWithAbsence',
      `absence ${conflicting.absenceType} ${conflicting.id} with person category ${category}`,
    );
}

async function open(
  w: WriteContext,
  citizen: CitizenState,
  category: number,
  from: IsoDate,
  until: IsoDate | null = null,
): Promise<string> {
  const period: PersonCategoryPeriod = {
    id: timeOrderedUuid(),
    cpr: citizen.person.cpr,
    category,
    startDate: from,
    endDate: until,
    registeredBy: registrant(w.actor),
    registeredOn: w.businessDate,
  };
  await insertPersonCategory(w.trx, period);
  citizen.personCategories.push(period);
  return period.id;
}

/** `category` from `from` (until `until`, open by default) in place of `current`: `current` ends the day before,
 *  or — when it starts on `from` itself — is corrected in place (same id, the new category and registrant). */
export async function replaceCategoryFrom(
  w: WriteContext,
  citizen: CitizenState,
  current: PersonCategoryPeriod,
  category: number,
  from: IsoDate,
  until: IsoDate | null = null,
): Promise<string> {
  if (current.startDate === from) {
    const corrected = { ...current, category, registeredBy: registrant(w.actor), registeredOn: w.businessDate };
    await updatePersonCategory(w.trx, corrected);
    Object.assign(current, corrected);
    return current.id;
  }
  const ended = { ...current, endDate: addDays(from, -1) };
  await updatePersonCategory(w.trx, ended);
  current.endDate = ended.endDate;
  return open(w, citizen, category, from, until);
}

export async function createPersonCategory(
  w: WriteContext,
  citizen: CitizenState,
  category: number,
  from: IsoDate,
): Promise<string> {
  checkCategory(w, citizen, category, from);
  const current = openFrom(citizen, from);
  if (current)
    throw fault('PersonCategoryAlreadyOpen', `person category ${current.category} from ${current.startDate}`);
  return open(w, citizen, category, from);
}

export async function changePersonCategory(
  w: WriteContext,
  citizen: CitizenState,
  category: number,
  from: IsoDate,
): Promise<string> {
  const current = openFrom(citizen, from);
  if (!current || current.startDate > from) throw fault('NoOpenPersonCategory', `none open on ${from}`);
  checkCategory(w, citizen, category, from);
  if (current.category === category) return current.id;
  return replaceCategoryFrom(w, citizen, current, category, from);
}

/** R-BAT-01: the move batch's part of a CPR move — 'Ikke visiteret' from the business date, unless the new
 *  jobcentre took the citizen over and categorised them first. Call it before the person row is moved. */
export async function resetCategoryOnMove(
  w: WriteContext,
  citizen: CitizenState,
  move: CprMove,
): Promise<CategoryAfterMove> {
  const changes = await jobcentreChangesOf(w.trx, citizen.person.cpr);
  const after = categoryAfterMove(citizen, move, changes, w.businessDate);
  if (after.kind === 'reset')
    await replaceCategoryFrom(w, citizen, after.open, PersonCategory.IkkeVisiteret, w.businessDate);
  return after;
}

/** Ends the person category `current` on `date` (the 19-day batch's end of an applicant period, R-BAT-02). */
export async function endCategoryOn(w: WriteContext, current: PersonCategoryPeriod, date: IsoDate): Promise<void> {
  const ended = { ...current, endDate: date };
  await updatePersonCategory(w.trx, ended);
  current.endDate = date;
}
