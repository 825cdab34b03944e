// AbsenceActiveStatusService (Version 9): inactivating and re-activating an absence without deleting it
// (visitation-absence.md §2.3). Access as for the absence registrations (D-21): A-kasse egne, JobCenter egne,
// Kommune egne, STAR alle borgere. An unknown absence, or one of another citizen, answers 4632.
import { alle, egne } from '../../access/model.ts';
import { ABSENCE_CHANGE_READS, setAbsenceActive } from '../../app/absence/absences.ts';
import type { AbsenceActiveStatusServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

export const operations: AbsenceActiveStatusServiceOperations = {
  UpdateAbsenceActiveStatus: {
    kind: 'write',
    absenceTypes: ABSENCE_CHANGE_READS,
    access: {
      allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
      citizen: (r) => r.AbsenceActiveStatus.PersonCivilRegistrationIdentifier,
    },
    async handle(req, call) {
      const s = req.AbsenceActiveStatus;
      await setAbsenceActive(call.write, call.citizen!, s.AbsenceIdentifier, s.Active);
      return receipt(call.write);
    },
  },
};
