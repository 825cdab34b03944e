// CVWorkFlowService (Version 1): UpdateCVStatus as CVWorkFlowService (Version 1 [UDV] 2020-4) documents it, with the
// historical status date of release 2021-4 (CvStatusDate, ours, D-278): the a-kasse of that date may report it
// after the member changed a-kasse (R-CV-06, else 4385), an a-kasse approves the CV of a dagpenge recipient in a
// rehabilitation process (R-CV-04), the jobcentre's status 5 is no NUPH (R-CV-01); GetCVStatusVersion7 notifies.
// Access (D-271): the a-kasse for all citizens (which a-kasse may report is R-CV-06's question, answered in
// src/app/cv/cvs.ts with 4385), the jobcentre for its own citizens, STAR all.
import { alle, egne } from '../../access/model.ts';
import { registerCvStatus } from '../../app/cv/cvs.ts';
import type { CVWorkFlowServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

export const operations: CVWorkFlowServiceOperations = {
  UpdateCVStatus: {
    kind: 'write',
    access: {
      allowed: { AKasse: [alle], Jobcenter: [egne], STAR: [alle] },
      citizen: (r) => r.CvStatus.PersonCivilRegistrationIdentifier,
    },
    absenceTypes: new Set(),
    async handle(req, call) {
      const s = req.CvStatus;
      await registerCvStatus(call.write, call.citizen!, {
        status: s.CvStatusIdentifier,
        comment: s.Comment ?? null,
        statusDate: s.CvStatusDate?.slice(0, 10) ?? null,
      });
      return receipt(call.write);
    },
  },
};
