// The request path as one straight line (engineering.md): parse once → SOAP headers → XSD-validate
// the Body → typed request → access → handler (rules + one transaction) → typed response → XML.
// docs/lifecycle.md lists which fault each step can produce.
import type { Knex } from 'knex';
import type { ServiceDescriptor, OperationDescriptor } from '../contract/schemaModel.ts';
import type { ContractValidator } from '../contract/validator.ts';
import { readElement } from '../contract/xmlReader.ts';
import { localName, namespaceUri } from '../contract/xmlTree.ts';
import { writeXml, type XmlText } from '../contract/xmlWriter.ts';
import { checkCitizenAccess, checkOrganisationAllowed } from '../access/model.ts';
import type { Clock } from '../clock.ts';
import { within } from '../domain/dates.ts';
import type { Actor, CitizenState } from '../domain/types.ts';
import { DfdgFault, fault } from '../faults/catalogue.ts';
import { log } from '../log.ts';
import type { CitizenReader } from '../store/citizenReader.ts';
import { loadCitizenStateForUpdate } from '../store/citizenRepository.ts';
import { envelope, parseEnvelope } from './envelope.ts';
import { asDfdgFault, faultEnvelope } from './faultResponse.ts';
import { readSecurityHeaders } from './headers.ts';
import type { CallContext, Operation } from './operation.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyOperation = Operation<any, any>;

export interface ServiceRegistration {
  descriptor: ServiceDescriptor;
  operations: Record<string, AnyOperation>;
}

export interface PipelineDeps {
  db: Knex;
  /** Citizen state for read-only operations; writes load it inside their transaction. */
  citizens: CitizenReader;
  validator: ContractValidator;
  clock: Clock;
}

export interface SoapReply {
  status: number;
  body: XmlText;
}

interface Decoded {
  operation: OperationDescriptor;
  request: unknown;
  ctx: Omit<CallContext, 'db' | 'citizen'>;
}

/** `baseUrl`: scheme and host the caller used (answers that point back at this server use it). */
export async function handleSoapRequest(service: ServiceRegistration, body: Uint8Array, deps: PipelineDeps, baseUrl = 'http://localhost'): Promise<SoapReply> {
  try {
    const decoded = decode(service, body, deps, baseUrl);
    const response = await execute(service.operations[decoded.operation.name]!, decoded, deps);
    return { status: 200, body: envelope(writeXml(response, decoded.operation.response)) };
  } catch (err) {
    if (!(err instanceof DfdgFault)) log('error', 'request:failed', { service: service.descriptor.name, error: String(err), stack: (err as Error)?.stack });
    return { status: 500, body: faultEnvelope(asDfdgFault(err)) };
  }
}

/** Steps that need the parsed document; the document is disposed before any I/O happens. */
function decode(service: ServiceRegistration, body: Uint8Array, deps: PipelineDeps, baseUrl: string): Decoded {
  const parsed = parseEnvelope(body);
  try {
    const name = localName(parsed.body);
    const ns = namespaceUri(parsed.body);
    const operation = service.descriptor.operations.find((op) => op.request.name === name && op.request.ns === ns);
    if (!operation) throw fault('InvalidMessage', `${service.descriptor.name} has no operation for {${ns}}${name}`);
    const businessDate = deps.clock.today();
    const { activeOrganisation, userMetadata } = readSecurityHeaders(parsed.headers, deps.validator, businessDate);
    const issues = deps.validator.validate(parsed.body);
    if (issues.length > 0) {
      const cprOnly = issues.every((i) => i.message.includes('PersonCivilRegistrationIdentifier'));
      throw fault(cprOnly ? 'InvalidCpr' : 'InvalidMessage', ...issues.map((i) => i.message));
    }
    const actor: Extract<Actor, { kind: 'authority' }> = {
      kind: 'authority',
      organisationType: activeOrganisation.OrganisationTypeIdentifier,
      organisationCode: activeOrganisation.OrganisationCode,
      userIdentifier: userMetadata.RequestUserStructure.UserIdentifier,
      userType: userMetadata.RequestUserStructure.RequestUserTypeIdentifier.CodeListItemIdentifier,
    };
    return {
      operation,
      request: readElement(parsed.body, operation.request),
      ctx: { actor, activeOrganisation, userMetadata, businessDate, now: deps.clock.nowDateTime(), baseUrl },
    };
  } finally {
    parsed.doc.dispose();
  }
}

async function execute(op: AnyOperation, decoded: Decoded, deps: PipelineDeps): Promise<unknown> {
  const { actor, businessDate } = decoded.ctx;
  checkOrganisationAllowed(op.access, actor);
  const citizenOf = op.access.citizen;
  if (citizenOf === null) {
    // An operation about no citizen (e.g. the WSRM queue): the organisation check is the access check.
    if (op.access.writes) return deps.db.transaction((trx) => op.handle(decoded.request, { ...decoded.ctx, db: trx, citizen: null }));
    return op.handle(decoded.request, { ...decoded.ctx, db: deps.db, citizen: null });
  }
  const cpr = citizenOf(decoded.request);
  const run = async (q: Knex, citizen: CitizenState | null) => {
    if (!citizen) throw fault('UnknownCpr');
    checkCitizenAccess(op.access, actor, citizen, businessDate);
    if (op.access.writes && citizen.person.deceasedDate !== null && within(citizen.person.deceasedDate, '0000-01-01', businessDate)) {
      throw fault('PersonDead');
    }
    return op.handle(decoded.request, { ...decoded.ctx, db: q, citizen });
  };
  if (op.access.writes) return deps.db.transaction(async (trx) => run(trx, await loadCitizenStateForUpdate(trx, cpr)));
  return run(deps.db, await deps.citizens.load(cpr));
}
