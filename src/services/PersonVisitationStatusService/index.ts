// PersonVisitationStatusService.GetPersonExempts (R-ABS-06): is the dagpengemodtager exempt from the
// availability obligation on DateForExempts (default: today)? Access as documented (visitation-absence.md
// §1.2): A-kasse egne and tidligere egne (120 days before to 120 days after membership), JobCenter egne,
// Kommune egne, STAR alle borgere.
import { alle, egne, tidligereEgne } from '../../access/model.ts';
import { personExempts } from '../../rules/index.ts';
import type { PersonVisitationStatusServiceOperations } from '../generated/operations.ts';

export const operations: PersonVisitationStatusServiceOperations = {
  GetPersonExempts: {
    kind: 'read',
    access: {
      allowed: { AKasse: [egne, tidligereEgne(120, 120)], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
    },
    async handle(req, call) {
      const date = req.DateForExempts ?? call.read.businessDate;
      return {
        PersonExemptDate: date,
        PersonExemptInfo: { PersonExempts: { PersonExemptTypeIdentifierType: personExempts(call.citizen!, date) } },
      };
    },
  },
};
