// EksterneData.UddannelsesinstitutionService (Version 1, release 2022-1): educational institutions' master data
// from STIL's institution register for the jobcentres' case systems (R-OTH-12) — GetUddannelsesinstitution by
// institution number: name, CVR number and P-number. Names and elements [I] (D-296). Access [I]: the jobcentres
// (the service's callers), the municipalities that run them and STAR; about no citizen.
import { alle } from '../../access/model.ts';
import { uddannelsesinstitution } from '../../app/udb/institutions.ts';
import type { EksterneDataUddannelsesinstitutionServiceOperations } from '../generated/operations.ts';

export const operations: EksterneDataUddannelsesinstitutionServiceOperations = {
  GetUddannelsesinstitution: {
    kind: 'read',
    access: { allowed: { Jobcenter: [alle], Kommune: [alle], STAR: [alle] }, citizen: null },
    async handle(req, call) {
      const i = await uddannelsesinstitution(call.read, req.Institutionsnummer);
      return {
        Uddannelsesinstitution: {
          Institutionsnummer: i.number,
          Institutionsnavn: i.name,
          ...(i.cvr !== null && { CvrNummer: i.cvr }),
          ...(i.pNumber !== null && { PNummer: i.pNumber }),
        },
      };
    },
  },
};
