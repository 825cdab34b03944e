// VisiteringOgStatus.AktivitetstillaegService (Version 1, ours in DFDG's newer Danish style: no SOAP operation for
// the aktivitetstillæg was found, D-252): the jobcentre registers an activity supplement from an event date
// (CreateAktivitetstillaeg: R-PLAN-16 any distance back, R-PLAN-17 under 30 in a lawful contact group) and reads
// the citizen's supplements, ended ones with the day DFDG's ending took effect (R-BAT-05).
// Access (D-254, from the REST read's table, visitation-absence.md §1.4): Create the jobcentre for its own
// citizens and STAR; Get the jobcentre and the kommune for their own citizens, STAR for all.
import { alle, egne } from '../../access/model.ts';
import { activitySupplements, createActivitySupplement } from '../../app/activitySupplement/supplements.ts';
import type { VisiteringOgStatusAktivitetstillaegServiceOperations } from '../generated/operations.ts';

export const operations: VisiteringOgStatusAktivitetstillaegServiceOperations = {
  CreateAktivitetstillaeg: {
    kind: 'write',
    access: { allowed: { Jobcenter: [egne], STAR: [alle] }, citizen: (r) => r.Personnummer },
    absenceTypes: new Set(),
    async handle(req, call) {
      const id = await createActivitySupplement(call.write, call.citizen!, req.Haendelsesdato.slice(0, 10));
      return { AktivitetstillaegIdentifier: id };
    },
  },
  GetAktivitetstillaeg: {
    kind: 'read',
    access: { allowed: { Jobcenter: [egne], Kommune: [egne], STAR: [alle] }, citizen: (r) => r.Personnummer },
    async handle(req, call) {
      const supplements = await activitySupplements(call.read, req.Personnummer);
      return {
        Personnummer: req.Personnummer,
        AktivitetstillaegCollection: {
          Aktivitetstillaeg: supplements.map((s) => ({
            AktivitetstillaegIdentifier: s.id,
            Haendelsesdato: s.eventDate,
            Slutdato: s.endDate ?? undefined,
            AfsluttetAfDfdg: s.endReason !== null,
          })),
        },
      };
    },
  },
};
