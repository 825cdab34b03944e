// AbsenceRegistrationService (Version 7): create, update (incl. ending with an end reason), delete and read
// absences, and register sickness together with deregistration (D-153); the active status has its own service
// (AbsenceActiveStatusService). Access as documented for CreateFravaer (visitation-absence.md
// §2.4): A-kasse egne, JobCenter egne, Kommune egne, STAR alle borgere.
import { alle, egne, type AccessDeclaration } from '../../access/model.ts';
import {
  ABSENCE_CHANGE_READS,
  createAbsence,
  deleteAbsence,
  existingAbsence,
  updateAbsence,
  type AbsenceFields,
} from '../../app/absence/absences.ts';
import { registerIllnessWithDeregistration } from '../../app/absence/illness.ts';
import type { AbsenceItemType, AbsenceType } from '../../contract/generated/types.ts';
import { toAbsenceRegistration } from '../../contract/mapping/absence.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import type { AbsenceRegistrationServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';
import { absencesOf } from '../../domain/citizenAbsences.ts';

const access = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
  allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
  citizen,
});

function absenceFields(a: AbsenceType | AbsenceItemType): AbsenceFields {
  return {
    absenceType: a.AbsenceTypeIdentifier,
    startDate: calendarDateOf(a.StartDate),
    endDate: a.EndDate === undefined ? null : calendarDateOf(a.EndDate),
    notificationDate: calendarDateOf(a.NotificationDate),
    comment: a.AbsenceComment ?? null,
    endReason: a.AbsenceCauseTypeIdentifier ?? null,
  };
}

export const operations: AbsenceRegistrationServiceOperations = {
  CreateAbsence: {
    kind: 'write',
    absenceTypes: ABSENCE_CHANGE_READS,
    access: access((r) => r.Absence.PersonCivilRegistrationIdentifier),
    handle: async (req, call) =>
      receipt(call.write, await createAbsence(call.write, call.citizen!, absenceFields(req.Absence))),
  },
  UpdateAbsence: {
    kind: 'write',
    absenceTypes: ABSENCE_CHANGE_READS,
    access: access((r) => r.Absence.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      await updateAbsence(call.write, call.citizen!, req.Absence.AbsenceIdentifier, absenceFields(req.Absence));
      return receipt(call.write);
    },
  },
  DeleteAbsence: {
    kind: 'write',
    absenceTypes: ABSENCE_CHANGE_READS,
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      await deleteAbsence(call.write, call.citizen!, req.AbsenceIdentifier);
      return receipt(call.write);
    },
  },
  CreateIllnessAndCancelEnrollment: {
    kind: 'write',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const item = req.AbsenceItem;
      const id = await registerIllnessWithDeregistration(call.write, call.citizen!, {
        id: item.AbsenceIdentifier ?? null,
        fields: absenceFields(item),
        unemploymentStatus: item.CurrentUnemploymentStatusTypeIdentifier ?? null,
      });
      return receipt(call.write, id);
    },
  },
  GetAbsence: {
    kind: 'read',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const absences = req.AbsenceIdentifier
        ? [await existingAbsence(call.read.db, call.citizen!, req.AbsenceIdentifier)]
        : absencesOf(call.citizen!, 'all');
      return { AbsenceCollection: { Absence: absences.map(toAbsenceRegistration) } };
    },
  },
};
