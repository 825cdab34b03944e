// The request path as one straight line (engineering.md): the client certificate (who calls) → bound the XML's
// shape → parse once → SOAPAction → operation → mustUnderstand → SOAP headers (and may this certificate act for
// them) → XSD-validate the Body → typed request → access → handler (a unit of work of src/app for writes) → typed
// response → XML.
// docs/lifecycle.md lists which fault each step can produce.
import { performance } from 'node:perf_hooks';
import type { Knex } from 'knex';
import type { OperationDescriptor } from '../contract/schemaModel.ts';
import type { ContractValidator } from '../contract/validator.ts';
import { readElement } from '../contract/xmlReader.ts';
import { localName, namespaceUri } from '../contract/xmlTree.ts';
import { writeXml, type XmlText } from '../contract/xmlWriter.ts';
import { streamedPartOf, type StreamedBytes } from '../contract/streamedContent.ts';
import type { DocumentContent } from '../domain/nuphDialog.ts';
import { checkCitizenAccess, checkOrganisationAllowed, checkUserAllowed } from '../access/model.ts';
import { checkMayActFor, checkRequestOrganisation, type CertificateGrant } from '../access/dataProcessor.ts';
import { auditCitizenRead, auditWrite } from '../app/audit.ts';
import { citizensNamedIn } from '../contract/citizensNamed.ts';
import type { Caller, WriteContext } from '../app/context.ts';
import { idempotentWrite, requestDigest, type IdempotentRequest } from '../app/idempotency.ts';
import { aboutCitizen, readContext } from '../app/unitOfWork.ts';
import type { Clock } from '../clock.ts';
import { fromRequestUserMetadata } from '../contract/mapping/registeringUser.ts';
import type { AuthorityActor, CitizenState } from '../domain/types.ts';
import { DfdgFault, fault } from '../faults/catalogue.ts';
import type { Logger } from '../log.ts';
import type { DfdgEvents, RequestCompleted } from '../observability/events.ts';
import type { CitizenReader } from '../store/citizenReader.ts';
import type { PlannerDirectory } from '../outbound/externalBooking/planners.ts';
import type { MaximumRates } from '../rules/index.ts';
import { envelope, parseEnvelope } from './envelope.ts';
import { faultEnvelope, protocolFaultEnvelope } from './faultResponse.ts';
import { authenticate, type PresentedCertificate } from './clientIdentity.ts';
import { knownHeader, parseAfterKnownHeader, requestHeader } from './securityHeaderCache.ts';
import { messageIdentifierFrom } from './messageIdentifier.ts';
import { requestCompleted } from './requestLog.ts';
import { checkXmlShape, type XmlShapeLimits } from './xmlShape.ts';
import { SoapProtocolFault } from './protocolFault.ts';
import { checkActionKnown, checkActionMatches } from './soapAction.ts';
import { dropBuiltinTypeAnnotations } from '../contract/typeAnnotations.ts';
import type { ReadCall, ServiceRegistration } from '../services/operation.ts';

type AnyOperation = ServiceRegistration['operations'][string];

export interface PipelineDeps {
  db: Knex;
  /** Citizen state for read-only operations; writes load it inside their transaction. */
  citizens: CitizenReader;
  validator: ContractValidator;
  clock: Clock;
  /** The facade's logger; each request logs through a child of it. */
  logger: Logger;
  /** request:completed goes here (metrics). */
  events: DfdgEvents;
  /** The jobcentres' planner systems DFDG calls (ExternalBookingService). */
  planners: PlannerDirectory;
  /** DAGPENGE_MAXIMUM_RATES: the dated maxima of RatePerMonth (R-AK-17). */
  dagpengeMaximumRates: readonly MaximumRates[];
  /** Depth, attributes, name length and size a request may have; checked before it is parsed. */
  xmlLimits: XmlShapeLimits;
  /** Whether request:completed carries the envelopes (a request journal is kept: the console, CONSOLE_TOKEN). */
  keepEnvelopes?: boolean;
}

/** What the HTTP layer knows of a request besides its body. */
export interface SoapRequestContext {
  /** Scheme and host the caller used (src/soap/publicBaseUrl.ts); answers that point back here use it. */
  baseUrl: string;
  requestId: string;
  /** The SOAPAction header, unquoted; null when absent. */
  soapAction: string | null;
  /** The connection's client certificate; null when the facade runs without TLS (TLS=off). */
  certificate: PresentedCertificate | null;
  /** The x-requestId HTTP header, when sent (src/soap/messageIdentifier.ts). */
  xRequestId?: string | string[];
  /** An upload operation's document, streamed into staging while the body came in (src/soap/documentUpload.ts). */
  upload?: DocumentContent | null;
}

export interface SoapReply {
  status: number;
  body: XmlText;
  /** A response with a streamed base64 value (src/contract/streamedContent.ts): `body` is the envelope up to it,
   *  `content` is sent as base64 after it, then `after`. */
  streamed?: { content: StreamedBytes; after: Buffer };
}

interface Decoded {
  operation: OperationDescriptor;
  request: unknown;
  call: Omit<ReadCall, 'read' | 'citizen'>;
  caller: Caller;
  /** The CPR of the CivilRegistrationIdentifier header, if sent. */
  headerCpr: string | null;
  /** The write's message identifier and request digest (D-148); null when the client sent no identifier. */
  idempotency: IdempotentRequest | null;
}

/** What is known of a request so far, for its log line and metrics (filled in as the steps learn it). */
type RequestFacts = Pick<RequestCompleted, 'operation' | 'organisation' | 'userType' | 'certificate'>;

/**
 * One request, start to reply. The request id names the request in its log line, its metrics event and, for
 * 1011, the fault detail. Never throws: every failure is a DFDG fault (or SOAP's own MustUnderstand or WCF's
 * ActionNotSupported fault) on the wire, and anything unexpected is 1011 without internals.
 */
export async function handleSoapRequest(
  service: ServiceRegistration,
  body: Uint8Array,
  deps: PipelineDeps,
  context: SoapRequestContext,
): Promise<SoapReply> {
  const { requestId } = context;
  const started = performance.now();
  const facts: RequestFacts = {
    operation: null,
    organisation: null,
    userType: null,
    certificate: context.certificate?.kind === 'trusted' ? context.certificate.fingerprint : null,
  };
  let reply: SoapReply;
  let failure: DfdgFault | null = null;
  let protocolFault: SoapProtocolFault | null = null;
  let unexpected: unknown = null;
  let decoding = false;
  try {
    const grant = await authenticate(deps.db, context.certificate, service.descriptor.name);
    if (grant) facts.certificate = grant.rid;
    decoding = true;
    const decoded = decode(service, body, deps, context, facts, grant);
    decoding = false;
    const response = await execute(service.operations[decoded.operation.name]!, decoded, deps);
    reply = withStreamedPart(response, envelope(writeXml(response, decoded.operation.response)));
  } catch (err) {
    if (err instanceof SoapProtocolFault) {
      protocolFault = err;
      reply = { status: 500, body: protocolFaultEnvelope(err) };
    } else {
      if (err instanceof DfdgFault) failure = err;
      else [failure, unexpected] = [fault('InternalError', `requestId ${requestId}`), err];
      reply = { status: 500, body: faultEnvelope(failure, service.descriptor.name) };
    }
  }
  const completed: RequestCompleted = {
    requestId,
    service: service.descriptor.name,
    ...facts,
    status: reply.status,
    faultCode: failure?.code ?? protocolFault?.label ?? null,
    ruleId: failure?.ruleId ?? null,
    deviation: decoding && failure !== null ? deviationOf(failure) : null,
    durationMs: performance.now() - started,
  };
  if (deps.keepEnvelopes)
    completed.envelopes = { request: body, response: reply.body, streamed: reply.streamed !== undefined };
  requestCompleted(deps.logger, deps.events, completed, unexpected);
  return reply;
}

/** A refusal by the contract's schema before the handler (1014, or 1001 for a malformed CPR): its first issue. */
function deviationOf(f: DfdgFault): string | null {
  return f.faultName === 'InvalidMessage' || f.faultName === 'InvalidCpr' ? (f.details[0] ?? f.message) : null;
}

/** The reply of a response: whole, or split around its streamed base64 value (src/contract/streamedContent.ts). */
function withStreamedPart(response: unknown, xml: XmlText): SoapReply {
  const part = streamedPartOf(response);
  if (!part) return { status: 200, body: xml };
  const bytes = typeof xml === 'string' ? Buffer.from(xml) : xml;
  const at = bytes.indexOf(part.placeholder);
  if (at < 0) throw new Error('the streamed value is not in the response');
  return {
    status: 200,
    body: bytes.subarray(0, at),
    streamed: { content: part.content, after: bytes.subarray(at + part.placeholder.length) },
  };
}

/** Steps that need the parsed document; the document is disposed before any I/O happens. */
function decode(
  service: ServiceRegistration,
  body: Uint8Array,
  deps: PipelineDeps,
  { baseUrl, requestId, soapAction, xRequestId, upload }: SoapRequestContext,
  facts: RequestFacts,
  grant: CertificateGrant | null,
): Decoded {
  const businessDate = deps.clock.today();
  // a request whose Header is one read before (byte for byte) has its shape checked from the Body on and is parsed
  // without the Header, its header steps answered from what they gave then (src/soap/securityHeaderCache.ts);
  // any other is checked and parsed whole and its Header read in full
  const known = knownHeader(body, deps.validator, businessDate);
  checkXmlShape(body, deps.xmlLimits, known?.shape ?? null);
  const afterHeader = known && parseAfterKnownHeader(known, body);
  const parsed = afterHeader?.parsed ?? parseEnvelope(body);
  const header = afterHeader?.header ?? requestHeader(parsed, body, deps.validator, businessDate, deps.xmlLimits);
  try {
    checkActionKnown(soapAction, service.descriptor);
    const name = localName(parsed.body);
    const ns = namespaceUri(parsed.body);
    const operation = service.descriptor.operations.find((op) => op.request.name === name && op.request.ns === ns);
    if (!operation) throw fault('InvalidMessage', `${service.descriptor.name} has no operation for {${ns}}${name}`);
    facts.operation = operation.name;
    checkActionMatches(soapAction, operation);
    header.checkMustUnderstand();
    const { activeOrganisation, userMetadata } = header.security();
    facts.organisation = `${activeOrganisation.OrganisationTypeIdentifier}:${activeOrganisation.OrganisationCode}`;
    facts.userType = userMetadata.RequestUserStructure.RequestUserTypeIdentifier.CodeListItemIdentifier;
    const acting = {
      organisationType: activeOrganisation.OrganisationTypeIdentifier,
      organisationCode: activeOrganisation.OrganisationCode,
    };
    if (grant) checkMayActFor(grant, acting);
    const userOrganisation = userMetadata.RequestOrganisationStructure;
    checkRequestOrganisation(
      {
        organisationType: userOrganisation.OrganisationTypeIdentifier.CodeListItemIdentifier,
        organisationCode: userOrganisation.OrganisationCode,
      },
      acting,
    );
    const headerCpr = header.citizenCpr();
    dropBuiltinTypeAnnotations(parsed.body, operation.request);
    const issues = deps.validator.validate(parsed.body);
    if (issues.length > 0) {
      // 1001 is a malformed CPR value; an xsi:type on the CPR element naming another type, or another element
      // where the CPR was expected, is a malformed message
      const cprOnly = issues.every(
        (i) =>
          /^Element '\{[^}]*\}PersonCivilRegistrationIdentifier'/.test(i.message) && !i.message.includes('xsi:type'),
      );
      throw fault(cprOnly ? 'InvalidCpr' : 'InvalidMessage', ...issues.map((i) => i.message));
    }
    const actor: AuthorityActor = {
      kind: 'authority',
      organisationType: activeOrganisation.OrganisationTypeIdentifier,
      organisationCode: activeOrganisation.OrganisationCode,
      userIdentifier: userMetadata.RequestUserStructure.UserIdentifier,
      userType: userMetadata.RequestUserStructure.RequestUserTypeIdentifier.CodeListItemIdentifier,
    };
    const request = readElement(parsed.body, operation.request);
    const messageIdentifier = messageIdentifierFrom(header.messageId(), xRequestId);
    header.passed();
    const operationName = `${service.descriptor.name}.${operation.name}`;
    return {
      operation,
      request,
      call: {
        actor,
        activeOrganisation,
        userMetadata,
        baseUrl,
        planners: deps.planners,
        dagpengeMaximumRates: deps.dagpengeMaximumRates,
        upload: upload ?? null,
      },
      caller: {
        actor,
        user: fromRequestUserMetadata(userMetadata),
        businessDate,
        now: deps.clock.nowDateTime(),
        requestId,
        soapCall: { service: service.descriptor.name, operation: operation.name, certificate: grant?.rid ?? null },
      },
      headerCpr,
      idempotency:
        messageIdentifier === null
          ? null
          : {
              organisationType: actor.organisationType,
              organisationCode: actor.organisationCode,
              messageIdentifier,
              operation: operationName,
              // an upload's digest covers its streamed document, which the request holds only as an empty element
              requestDigest: requestDigest(operationName, upload ? { request, document: upload.sha256 } : request),
            },
    };
  } finally {
    parsed.doc.dispose();
  }
}

/** Access, then the operation: a write as one unit of work of the application layer (once per message
 *  identifier, with its audit row), a read on the read path (a citizen's data audited before it is answered). */
async function execute(
  op: AnyOperation,
  { request, call, caller, headerCpr, idempotency }: Decoded,
  deps: PipelineDeps,
): Promise<unknown> {
  checkOrganisationAllowed(op.access, call.actor);
  const cpr = op.access.citizen?.(request, headerCpr) ?? null;
  const unknownCitizen = op.access.unknownCitizen ?? 'UnknownCpr';
  checkUserAllowed(op.access, call.actor, cpr);
  if (op.kind === 'write') {
    const checkAccess = (citizen: CitizenState) =>
      checkCitizenAccess(op.access, call.actor, citizen, caller.businessDate);
    await op.prepare?.(request);
    const work = async (write: WriteContext, citizen: CitizenState | null) => {
      await auditWrite(write, call.actor, cpr);
      return op.handle(request, { ...call, write, citizen });
    };
    return idempotentWrite(deps.db, caller, idempotency, (write) =>
      cpr === null ? work(write, null) : aboutCitizen(write, cpr, checkAccess, work, unknownCitizen, op.absenceTypes),
    );
  }
  const read = readContext(deps.db, caller);
  if (cpr === null) {
    // A read that names no citizen (a search, a job order): the citizens its answer names are audited as read.
    const response = await op.handle(request, { ...call, read, citizen: null });
    await Promise.all([...citizensNamedIn(response)].map((named) => auditCitizenRead(read, call.actor, named)));
    return response;
  }
  const citizen = await deps.citizens.load(cpr);
  if (!citizen) throw fault(unknownCitizen);
  checkCitizenAccess(op.access, call.actor, citizen, caller.businessDate);
  const response = await op.handle(request, { ...call, read, citizen });
  await auditCitizenRead(read, call.actor, cpr);
  return response;
}
