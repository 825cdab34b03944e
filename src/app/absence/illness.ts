// Sickness registered together with deregistration (visitation-absence.md §2.6, D-153): one request registers
// the sickness absence and ends the citizen's open enrollment from its first day, with cancellation reason 3
// 'Sygdom', in one transaction; either both are written or neither. The absence passes every check of
// CreateAbsence, the deregistration every check of CancelUnemploymentEnrollment (4317 no open enrollment, 4322
// a first day outside today … 30 days ahead, 60 in a less intensive effort), and each sends its notifications.
import { AbsenceTypes, type CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { cancelEnrollment } from '../enrollment/enrollments.ts';
import { createAbsence, type AbsenceFields } from './absences.ts';

/** The sickness absence types ('Sygdom – sygemelding'; the list is cut off after id 11, D-153). */
export const ILLNESS_ABSENCE_TYPES: ReadonlySet<number> = new Set([AbsenceTypes.SygdomSygemelding]);
/** CancellationReasonTypeIdentifier 'Sygdom' (D-15). */
export const ILLNESS_CANCELLATION_REASON = 3;

export interface IllnessItem {
  /** The caller's id for the absence, or null for a new one. */
  id: string | null;
  fields: AbsenceFields;
  /** CurrentUnemploymentStatusTypeIdentifier (ledighedsgrad): checked against its codelist, not kept. */
  unemploymentStatus: number | null;
}

/** Registers the sickness and deregisters the citizen from its first day; returns the absence's id. */
export async function registerIllnessWithDeregistration(
  w: WriteContext,
  citizen: CitizenState,
  item: IllnessItem,
): Promise<string> {
  if (!ILLNESS_ABSENCE_TYPES.has(item.fields.absenceType))
    throw fault('NotAnIllnessAbsence', `AbsenceTypeIdentifier ${item.fields.absenceType}`);
  if (item.unemploymentStatus !== null)
    requireCodeListValue(
      'unemployment-status',
      item.unemploymentStatus,
      w.businessDate,
      'CurrentUnemploymentStatusTypeIdentifier',
    );
  const id = await createAbsence(w, citizen, item.fields, item.id);
  await cancelEnrollment(w, citizen, item.fields.startDate, ILLNESS_CANCELLATION_REASON);
  return id;
}
