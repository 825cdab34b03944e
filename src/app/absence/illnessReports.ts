// Sickness and recovery as the benefit system reports them (IllnessRecoveryInformationService Version 8, D-257),
// idempotent on the report's NemRefusionIdentifier. CreateIllness registers the sickness absence (11, with every
// check and notification of CreateAbsence), ends an open enrollment from the first sick day with reason 3
// 'Sygdom', and DFDG moves the citizen to contact group 25 'Sygemeldt fra ledighed' (enrolled) or 24 'Sygemeldt fra
// beskæftigelse' (not enrolled) from that day. CreateRecovery ends the sickness the day before the recovery date
// and, when the citizen is still in the sickness group DFDG placed, returns them to the group they had before it;
// the nightly recovery batch (src/app/absence/recovery.ts, R-BAT-04) then decides on their re-registration.
import { addDays } from '../../domain/dates.ts';
import { AbsenceTypes, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { contactGroupOn, enrolledOn } from '../../rules/index.ts';
import {
  findIllnessReport,
  insertIllnessReport,
  setIllnessRecovery,
} from '../../store/activitySupplementRepository.ts';
import { placeInContactGroup } from '../citizen/contactGroupChange.ts';
import { deregister } from '../citizen/deregistration.ts';
import type { WriteContext } from '../context.ts';
import { createAbsence, existingAbsence, updateAbsence } from './absences.ts';
import { ILLNESS_CANCELLATION_REASON } from './illness.ts';

/** Contact groups 24 'Sygemeldt fra beskæftigelse' and 25 'Sygemeldt fra ledighed' (004 §1.1). */
export const SickContactGroup = { FromEmployment: 24, FromUnemployment: 25 } as const;

export interface IllnessReport {
  /** NemRefusionIdentifier: the benefit system's id of the sickness. */
  reportId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  /** AbsenceCauseTypeIdentifier: the absence's end reason. */
  endReason: number | null;
}

/** Registers a reported sickness once; a report sent again answers the same absence and writes nothing. */
export async function reportIllness(w: WriteContext, citizen: CitizenState, report: IllnessReport): Promise<string> {
  const known = await findIllnessReport(w.trx, report.reportId);
  if (known) {
    if (known.cpr !== citizen.person.cpr)
      throw fault('UnknownIllnessReport', `NemRefusionIdentifier ${report.reportId}`);
    return known.absenceId;
  }
  const absenceId = await createAbsence(w, citizen, {
    absenceType: AbsenceTypes.SygdomSygemelding,
    startDate: report.startDate,
    endDate: report.endDate,
    notificationDate: w.businessDate,
    comment: null,
    endReason: report.endReason,
  });
  const open = citizen.enrollments.find((e) => enrolledOn(e, report.startDate));
  if (open) await deregister(w, citizen, open, report.startDate, ILLNESS_CANCELLATION_REASON);
  const sickGroup = open ? SickContactGroup.FromUnemployment : SickContactGroup.FromEmployment;
  await placeInContactGroup(w, citizen, sickGroup, report.startDate);
  await insertIllnessReport(w.trx, {
    reportId: report.reportId,
    cpr: citizen.person.cpr,
    absenceId,
    groupBefore: contactGroupOn(citizen, addDays(report.startDate, -1)),
    sickGroup,
    recoveryDate: null,
  });
  return absenceId;
}

/** Ends a reported sickness the day before `recoveryDate` (once: a recovery sent again changes nothing). */
export async function reportRecovery(
  w: WriteContext,
  citizen: CitizenState,
  reportId: string,
  recoveryDate: IsoDate,
): Promise<string> {
  const report = await findIllnessReport(w.trx, reportId);
  if (!report || report.cpr !== citizen.person.cpr)
    throw fault('UnknownIllnessReport', `NemRefusionIdentifier ${reportId}`);
  if (report.recoveryDate !== null) return report.absenceId;
  const sickness = await existingAbsence(w.trx, citizen, report.absenceId);
  if (recoveryDate <= sickness.startDate)
    throw fault('RecoveryBeforeIllness', `RecoveryDate ${recoveryDate}, first sick day ${sickness.startDate}`);
  const lastSickDay = addDays(recoveryDate, -1);
  if (sickness.endDate === null || sickness.endDate > lastSickDay)
    await updateAbsence(w, citizen, sickness.id, { ...sickness, endDate: lastSickDay });
  const current = citizen.contactGroups.find((g) => g.endDate === null);
  if (
    report.groupBefore !== null &&
    current?.contactGroup === report.sickGroup &&
    current.startDate === sickness.startDate
  )
    await placeInContactGroup(w, citizen, report.groupBefore, recoveryDate);
  await setIllnessRecovery(w.trx, reportId, recoveryDate);
  return report.absenceId;
}
