// PensionService (2022-1; notifications-wsrm-wsb.md §4.3): Udbetaling Danmark saves a citizen's Tidlig pension
// and compensation (SaveTidligPension; callers STAR and UDK [F]); the a-kasse reads them (GetTidligPension) within
// R-AK-18's reach. UDK calls as organisation type 30 'UDK' (no id found: ours, D-211).
// Access (no "Tilladte organisationer" table found, D-212): SaveTidligPension STAR and UDK alle borgere;
// GetTidligPension the a-kasse (R-AK-18: current members, former ones for 3½ years unless the citizen joined
// another a-kasse), STAR and UDK alle borgere.
import { alle, tidligPensionLaesere } from '../../access/model.ts';
import { saveTidligPension, tidligPensions } from '../../app/pension/tidligPension.ts';
import { fromTidligPensionRequest, toTidligPensionItem } from '../../contract/mapping/tidligPension.ts';
import type { PensionServiceOperations } from '../generated/operations.ts';

export const operations: PensionServiceOperations = {
  SaveTidligPension: {
    kind: 'write',
    access: { allowed: { STAR: [alle], UDK: [alle] }, citizen: (r) => r.Personnummer },
    absenceTypes: new Set(),
    async handle(req, call) {
      const id = await saveTidligPension(
        call.write,
        call.citizen!,
        req.TidligPensionIdentifier ?? null,
        fromTidligPensionRequest(req),
      );
      return { TidligPensionIdentifier: id };
    },
  },
  GetTidligPension: {
    kind: 'read',
    access: {
      allowed: { AKasse: [tidligPensionLaesere], STAR: [alle], UDK: [alle] },
      citizen: (r) => r.Personnummer,
    },
    async handle(req, call) {
      const pensions = await tidligPensions(call.read, req.Personnummer);
      return {
        Personnummer: req.Personnummer,
        TidligPensionCollection: { TidligPension: pensions.map(toTidligPensionItem) },
      };
    },
  },
};
