// PersonVisitationStatusService.GetPersonExempts (R-ABS-06): is the dagpengemodtager exempt from the
// availability obligation on DateForExempts (default: today)? Access as documented (visitation-absence.md
// §1.2): A-kasse egne and tidligere egne (120 days before to 120 days after membership), JobCenter egne,
// Kommune egne, STAR alle borgere.
import type { PersonVisitationStatusServiceOperations } from '../../contract/generated/services.ts';
import { alle, egne, tidligereEgne } from '../../access/model.ts';
import { personExempts } from '../../rules/index.ts';

export const operations: PersonVisitationStatusServiceOperations = {
  GetPersonExempts: {
    access: {
      allowed: { AKasse: [egne, tidligereEgne(120, 120)], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
      writes: false,
    },
    async handle(req, ctx) {
      const date = req.DateForExempts ?? ctx.businessDate;
      return {
        PersonExemptDate: date,
        PersonExemptInfo: { PersonExempts: { PersonExemptTypeIdentifierType: personExempts(ctx.citizen!, date) } },
      };
    },
  },
};
