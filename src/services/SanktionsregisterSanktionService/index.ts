// Sanktionsregister.SanktionService (Version 1): the independent sanctions register of release 2023-4
// (R-AK-10…12). Service, operations and elements are the facade's, in DFDG's newer Danish style (conventions.md
// §8.2: not found; docs/contract-decisions.md D-9xx). Access (R-AK-12, 000 §7.1: jobcentres have no access to the
// register; the rule's NUPH part, the answer's sanction flag, is src/rules/ak/r-ak-12-sanction-flag.ts): the a-kasse
// reports, corrects, deletes and reads its own members' sanctions; STAR reads every citizen's; a jobcentre, kommune
// or company is refused with 4575 before anything is read or written.
import { alle, egne } from '../../access/model.ts';
import { createSanction, deleteSanctionOf, sanctionsFor, updateSanctionOf } from '../../app/sanction/sanctions.ts';
import type { SanktionType } from '../../contract/generated/types.ts';
import type { SanctionFields } from '../../domain/sanction.ts';
import type { SanktionsregisterSanktionServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

/** An xs:date as a calendar date (a time zone suffix, which xs:date allows, is dropped). */
const day = (d: string) => d.slice(0, 10);

function fieldsOf(s: SanktionType): SanctionFields {
  return {
    reason: s.Sanktionsaarsag,
    decisionDate: s.Afgoerelsesdato === undefined ? null : day(s.Afgoerelsesdato),
    limitationDate: day(s.Foraeldelsesdato),
    servedDate: s.Udstaaelsesdato === undefined ? null : day(s.Udstaaelsesdato),
    remark: s.Bemaerkning ?? null,
  };
}

const reporters = { AKasse: [egne] };
const readers = { AKasse: [egne], STAR: [alle] };

export const operations: SanktionsregisterSanktionServiceOperations = {
  CreateSanktion: {
    kind: 'write',
    access: { allowed: reporters, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      const id = await createSanction(call.write, call.citizen!, fieldsOf(req.Sanktion), req.SanktionId ?? null);
      return receipt(call.write, id);
    },
  },
  UpdateSanktion: {
    kind: 'write',
    access: { allowed: reporters, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      await updateSanctionOf(call.write, call.citizen!, req.SanktionId, fieldsOf(req.Sanktion));
      return receipt(call.write, req.SanktionId);
    },
  },
  DeleteSanktion: {
    kind: 'write',
    access: { allowed: reporters, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      await deleteSanctionOf(call.write, call.citizen!, req.SanktionId);
      return receipt(call.write, req.SanktionId);
    },
  },
  GetSanktion: {
    kind: 'read',
    access: { allowed: readers, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      const cpr = req.PersonCivilRegistrationIdentifier;
      const sanctions = await sanctionsFor(call.read, cpr, req.SanktionId ?? null);
      return {
        PersonCivilRegistrationIdentifier: cpr,
        SanktionSamling: {
          Sanktion: sanctions.map((s) => ({
            SanktionId: s.id,
            Sanktionsaarsag: s.reason,
            Afgoerelsesdato: s.decisionDate ?? undefined,
            Foraeldelsesdato: s.limitationDate,
            Udstaaelsesdato: s.servedDate ?? undefined,
            Bemaerkning: s.remark ?? undefined,
            AkasseKode: s.akasse,
            Registreringsdato: s.registeredOn,
          })),
        },
      };
    },
  },
};
