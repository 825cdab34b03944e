// An authority's absences (AbsenceRegistrationService): create, update, set active, delete, and the reads. The
// checks of the request's values come first (codelists, the period, temporary work against the person category:
// 4592), then the absence rules in applyAbsenceChange.
import { AbsenceTypes, type Absence, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { shortTemporaryWorkRefused } from '../../domain/absenceCategoryMatrix.ts';
import { absence75ActiveOnRegistration, absenceChangeReads, openCategoryOn } from '../../rules/index.ts';
import { findAbsence } from '../../store/citizenRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { applyAbsenceChange } from './absenceChanges.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

/** The absences a create, update, activation or deletion reads from the citizen's state (the absence rules'
 *  own declaration; the receivers and the contact-process effects read none): the absence services declare it
 *  as their operations' `absenceTypes`, so such a write never loads the citizen's whole history. */
export const ABSENCE_CHANGE_READS: ReadonlySet<number> = absenceChangeReads;

/** The fields of an absence a request writes. */
export type AbsenceFields = Pick<
  Absence,
  'absenceType' | 'startDate' | 'endDate' | 'notificationDate' | 'comment' | 'endReason'
>;

/** The period and codelist values of a create or update, checked before any rule runs. A value an update
 *  leaves as it was is not checked again, so historical rows stay correctable (R-KF-11). */
function checkFields(f: AbsenceFields, businessDate: IsoDate, before: Absence | null): void {
  if (f.absenceType !== before?.absenceType)
    requireCodeListValue('absence-types', f.absenceType, businessDate, 'AbsenceTypeIdentifier');
  if (f.endReason !== null && f.endReason !== before?.endReason) {
    requireCodeListValue('absence-end-reasons', f.endReason, businessDate, 'AbsenceCauseTypeIdentifier');
  }
  if (f.endDate !== null && f.endDate < f.startDate)
    throw fault('DurationNegative', `EndDate ${f.endDate} is before StartDate ${f.startDate}`);
}

/** 4592 (D-267): temporary work shorter than 15 days for a citizen whose person category on the start date can
 *  have temporary work in no contact group. Checked when the type, start or end is new. */
function checkTemporaryWork(citizen: CitizenState, f: AbsenceFields, before: Absence | null): void {
  if (
    before &&
    before.absenceType === f.absenceType &&
    before.startDate === f.startDate &&
    before.endDate === f.endDate
  )
    return;
  const category = openCategoryOn(citizen, f.startDate)?.category ?? null;
  if (shortTemporaryWorkRefused(f, category))
    throw fault(
      'ShortTemporaryWorkNotAllowed',
      `temporary work ${f.startDate}–${f.endDate} for person category ${category}`,
    );
}

/** The citizen's non-deleted absence with this id, or 4632. */
export async function existingAbsence(db: Queryable, citizen: CitizenState, id: string): Promise<Absence> {
  const absence = await findAbsence(db, id.toLowerCase());
  if (!absence || absence.cpr !== citizen.person.cpr || absence.deletedOn !== null)
    throw fault('UnknownAbsence', `AbsenceIdentifier ${id}`);
  return absence;
}

function withActive(state: CitizenState, absence: Absence, businessDate: IsoDate): Absence {
  return absence.absenceType === AbsenceTypes.KontaktforloebHosAkassen
    ? { ...absence, active: absence75ActiveOnRegistration(state, absence, businessDate) }
    : absence;
}

/** Registers a new absence under the caller's id (4977 when it is taken) or a new one; returns its id. */
export async function createAbsence(
  w: WriteContext,
  citizen: CitizenState,
  fields: AbsenceFields,
  id: string | null = null,
): Promise<string> {
  checkFields(fields, w.businessDate, null);
  checkTemporaryWork(citizen, fields, null);
  if (id !== null && (await findAbsence(w.trx, id.toLowerCase())))
    throw fault('IdentifierInUse', `AbsenceIdentifier ${id}`);
  const draft: Absence = {
    id: id?.toLowerCase() ?? timeOrderedUuid(),
    cpr: citizen.person.cpr,
    ...fields,
    active: true,
    createdByDfdg: false,
    registeredBy: w.actor,
    registeredOn: w.businessDate,
    deletedOn: null,
  };
  await applyAbsenceChange(w, citizen, 'create', null, withActive(citizen, draft, w.businessDate));
  return draft.id;
}

export async function updateAbsence(
  w: WriteContext,
  citizen: CitizenState,
  id: string,
  fields: AbsenceFields,
): Promise<void> {
  const before = await existingAbsence(w.trx, citizen, id);
  checkFields(fields, w.businessDate, before);
  checkTemporaryWork(citizen, fields, before);
  await applyAbsenceChange(w, citizen, 'update', before, { ...before, ...fields });
}

export async function setAbsenceActive(
  w: WriteContext,
  citizen: CitizenState,
  id: string,
  active: boolean,
): Promise<void> {
  const before = await existingAbsence(w.trx, citizen, id);
  await applyAbsenceChange(w, citizen, 'setActive', before, { ...before, active });
}

export async function deleteAbsence(w: WriteContext, citizen: CitizenState, id: string): Promise<void> {
  const before = await existingAbsence(w.trx, citizen, id);
  await applyAbsenceChange(w, citizen, 'delete', before, null);
}
