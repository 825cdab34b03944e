// The outbound SOAP client of ExternalBookingService v3 (wsdl/outbound/ExternalBookingService.wsdl): DFDG asks the
// planner system of the citizen's jobcentre for self-booking options and times (booking-frist.md §1, §4). Built
// from the same generated descriptors as the served services: the request is written from its descriptor, the
// answer is validated against xsd/ before it is read. Failures become DFDG's documented faults (§3.2):
// no connection, a timeout or an HTTP error → 4769 (+9018); an answer that breaks the WSDL contract (not XML, not
// SOAP 1.1, the wrong element, invalid against the schema, an undeclared fault) → 9303 (+9329). A planner's own
// documented refusal 4770 (no options, §5.3) is passed on as 4770 (D-133).
import { ParseOption, XmlDocument } from 'libxml2-wasm';
import { ExternalBookingServiceDescriptor } from '../../contract/generated/services.ts';
import type { OperationDescriptor } from '../../contract/schemaModel.ts';
import type { ContractValidator } from '../../contract/validator.ts';
import { readElement } from '../../contract/xmlReader.ts';
import {
  firstChildElement,
  localName,
  namespaceUri,
  nextElement,
  nodeOf,
  textContent,
} from '../../contract/xmlTree.ts';
import { writeXml } from '../../contract/xmlWriter.ts';
import type {
  ExternalBookingServicePort,
  PlannerGetSelfbookInterviewOptionsRequestType,
  PlannerGetSelfbookInterviewOptionsResponseType,
  PlannerGetSelfbookTimeslotsRequestType,
  PlannerGetSelfbookTimeslotsResponseType,
} from '../../contract/generated/types.ts';
import { DfdgFault, fault } from '../../faults/catalogue.ts';

const SOAP11_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const PARSE_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_NOBLANKS;
/** The planner's documented refusal that DFDG passes on (booking-frist.md §5.3). */
const PASSED_ON = new Map([[4770, 'NoBookingOptions' as const]]);
/** An answer larger than this is not a planner's answer. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

export interface ExternalBookingClientOptions {
  /** Connection, request and answer together must take no longer than this. */
  timeoutMs: number;
}

const operation = (name: string): OperationDescriptor =>
  ExternalBookingServiceDescriptor.operations.find((o) => o.name === name)!;

/** One planner system's ExternalBookingService endpoint: the generated port, one method per WSDL operation. */
export class ExternalBookingClient implements ExternalBookingServicePort {
  constructor(
    readonly endpoint: string,
    private readonly validator: ContractValidator,
    private readonly options: ExternalBookingClientOptions,
  ) {}

  GetSelfbookInterviewOptions(
    request: PlannerGetSelfbookInterviewOptionsRequestType,
  ): Promise<PlannerGetSelfbookInterviewOptionsResponseType> {
    return this.call(operation('GetSelfbookInterviewOptions'), request);
  }

  GetSelfbookTimeslots(
    request: PlannerGetSelfbookTimeslotsRequestType,
  ): Promise<PlannerGetSelfbookTimeslotsResponseType> {
    return this.call(operation('GetSelfbookTimeslots'), request);
  }

  private async call<T>(op: OperationDescriptor, request: unknown): Promise<T> {
    const body = `<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body>${String(writeXml(request, op.request))}</s:Body></s:Envelope>`;
    let status: number;
    let answer: Uint8Array;
    try {
      const res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${op.soapAction}"` },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      status = res.status;
      if (Number(res.headers.get('content-length') ?? 0) > MAX_ANSWER_BYTES) {
        await res.body?.cancel();
        throw broken(`the answer is larger than ${MAX_ANSWER_BYTES} bytes`);
      }
      answer = new Uint8Array(await res.arrayBuffer());
    } catch (err) {
      if (err instanceof DfdgFault) throw err;
      throw fault(
        'PlannerUnreachable',
        `${this.endpoint}: ${(err as Error).name === 'TimeoutError' ? `no answer within ${this.options.timeoutMs} ms` : (err as Error).message}`,
      );
    }
    if (status !== 200 && status !== 500) throw fault('PlannerUnreachable', `${this.endpoint}: HTTP ${status}`);
    if (answer.byteLength > MAX_ANSWER_BYTES) throw broken(`the answer is larger than ${MAX_ANSWER_BYTES} bytes`);
    return this.read<T>(op, answer);
  }

  /** The answer's Body element, validated and read; a SOAP fault as DFDG passes it on. */
  private read<T>(op: OperationDescriptor, answer: Uint8Array): T {
    let doc: XmlDocument;
    try {
      doc = XmlDocument.fromBuffer(answer, { option: PARSE_OPTIONS });
    } catch {
      throw broken('the answer is not well-formed XML');
    }
    try {
      const root = nodeOf(doc.root);
      if (localName(root) !== 'Envelope' || namespaceUri(root) !== SOAP11_NS) throw broken('no SOAP 1.1 Envelope');
      const body = childrenOf(root).find((e) => localName(e) === 'Body' && namespaceUri(e) === SOAP11_NS);
      const [payload, ...more] = body ? childrenOf(body) : [];
      if (!payload || more.length > 0) throw broken('the Body must hold exactly one element');
      if (localName(payload) === 'Fault' && namespaceUri(payload) === SOAP11_NS) throw plannerFault(payload);
      if (localName(payload) !== op.response.name || namespaceUri(payload) !== op.response.ns)
        throw broken(
          `expected {${op.response.ns}}${op.response.name}, got {${namespaceUri(payload)}}${localName(payload)}`,
        );
      const issues = this.validator.validate(payload);
      if (issues.length > 0) throw broken(...issues.map((i) => i.message));
      return readElement<T>(payload, op.response);
    } finally {
      doc.dispose();
    }
  }
}

function childrenOf(parent: number): number[] {
  const out: number[] = [];
  for (let n = firstChildElement(parent); n !== 0; n = nextElement(n)) out.push(n);
  return out;
}

const broken = (...details: string[]) => fault('PlannerBrokeContract', ...details.map((d) => `planner: ${d}`));

/** A planner's SOAP fault: its documented 4770 is passed on; any other code is a system error of the planner. */
function plannerFault(f: number) {
  const field = (name: string) => {
    const el = childrenOf(f).find((e) => localName(e) === name);
    return el === undefined ? '' : textContent(el).trim();
  };
  const code = Number(field('faultcode'));
  const text = field('faultstring');
  const passed = PASSED_ON.get(code);
  if (passed) return fault(passed, `planner: ${text}`);
  return broken(`answered fault ${Number.isNaN(code) ? '(no numeric faultcode)' : code} ${text}`);
}
