// IllnessRecoveryInformationService (Version 8, 2023-2; notifications-wsrm-wsb.md §5.5): the benefit system reports a
// sickness with sygedagpenge (CreateIllness; DFDG switches the contact group to 24/25 itself) and its end
// (CreateRecovery, D-257), each idempotent on its NemRefusionIdentifier. The recovery batch (R-BAT-04) decides on
// the citizen's re-registration at night.
// Access (no "Tilladte organisationer" table found, D-257): the kommune (its benefit system pays sygedagpenge) for
// its own citizens, STAR for all.
import { alle, egne } from '../../access/model.ts';
import { reportIllness, reportRecovery } from '../../app/absence/illnessReports.ts';
import type { IllnessRecoveryInformationServiceOperations } from '../generated/operations.ts';

const access = { allowed: { Kommune: [egne], STAR: [alle] } } as const;

export const operations: IllnessRecoveryInformationServiceOperations = {
  CreateIllness: {
    kind: 'write',
    access: { ...access, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      const id = await reportIllness(call.write, call.citizen!, {
        reportId: req.NemRefusionIdentifier,
        startDate: req.IllnessStartDate.slice(0, 10),
        endDate: req.IllnessEndDate?.slice(0, 10) ?? null,
        endReason: req.AbsenceCauseTypeIdentifier ?? null,
      });
      return { AbsenceIdentifier: id };
    },
  },
  CreateRecovery: {
    kind: 'write',
    access: { ...access, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      const id = await reportRecovery(
        call.write,
        call.citizen!,
        req.NemRefusionIdentifier,
        req.RecoveryDate.slice(0, 10),
      );
      return { AbsenceIdentifier: id };
    },
  },
};
