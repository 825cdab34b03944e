// Borgerindsats.LetasylIntegrationslovService (Version 1, 2024-2): contracts under the Integration Act
// (integrationskontrakter) — CreateIntegrationskontrakt, UpdateIntegrationskontrakt, GetIntegrationskontrakter —,
// the registration that until now came only from scenarios; a registered contract has the effects a loaded one has
// (R-NOT-05/06 on a move). The service name is DFDG's (conventions.md §4.2, S22); operations and elements are ours
// [I] (docs/contract-decisions.md). Access [I]: the jobcentre and the municipality (Integration Act programmes are
// the municipality's), about their own citizens; STAR reads.
import { alle, egne } from '../../access/model.ts';
import {
  changeIntegrationContract,
  createIntegrationContract,
  integrationContracts,
  type IntegrationContractFields,
} from '../../app/integrationContract/integrationContracts.ts';
import type { IntegrationskontraktType } from '../../contract/generated/types.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import type { MoveCategoryName } from '../../domain/personMove.ts';
import type { BorgerindsatsLetasylIntegrationslovServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const writers = { Jobcenter: [egne], Kommune: [egne] };
const aboutCitizen = (r: { Personnummer: string }) => r.Personnummer;
const NO_ABSENCES: ReadonlySet<number> = new Set();

const fields = (k: IntegrationskontraktType): IntegrationContractFields => ({
  // the schema's enumeration is the set of MoveCategory's names
  category: k.Kategori as MoveCategoryName,
  startDate: calendarDateOf(k.Startdato),
  endDate: k.Slutdato === undefined ? null : calendarDateOf(k.Slutdato),
});

export const operations: BorgerindsatsLetasylIntegrationslovServiceOperations = {
  CreateIntegrationskontrakt: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      const c = await createIntegrationContract(
        call.write,
        call.citizen!,
        call.actor,
        fields(req.Integrationskontrakt),
      );
      return { ...receipt(call.write, c.id), IntegrationskontraktIdentifier: c.id };
    },
  },
  UpdateIntegrationskontrakt: {
    kind: 'write',
    access: { allowed: writers, citizen: aboutCitizen },
    absenceTypes: NO_ABSENCES,
    async handle(req, call) {
      const c = await changeIntegrationContract(
        call.write,
        call.citizen!,
        call.actor,
        req.IntegrationskontraktIdentifier,
        fields(req.Integrationskontrakt),
      );
      return receipt(call.write, c.id);
    },
  },
  GetIntegrationskontrakter: {
    kind: 'read',
    access: { allowed: { ...writers, STAR: [alle] }, citizen: aboutCitizen },
    async handle(req, call) {
      const contracts = await integrationContracts(call.read, req.Personnummer);
      return {
        Personnummer: req.Personnummer,
        IntegrationskontraktCollection: {
          Integrationskontrakt: contracts.map((c) => ({
            IntegrationskontraktIdentifier: c.id,
            Kategori: c.category,
            Startdato: c.startDate,
            ...(c.endDate !== null && { Slutdato: c.endDate }),
          })),
        },
      };
    },
  },
};
