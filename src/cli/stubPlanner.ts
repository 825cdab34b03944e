// A stub planner system for the tests and for vendors' harnesses: serves ExternalBookingService v3
// (wsdl/outbound/ExternalBookingService.wsdl), the service DFDG calls for the citizen's self-booking options and
// times. It validates each request against xsd/ (a SOAP fault 1014 otherwise), records it, and answers from its
// configured offers: every citizen gets the same options; the times of an option are the next whole hours of
// the asked window, `slotsPerOption` of them. It can be told to misbehave: `fail` (HTTP 503), `drop` (close the
// connection unanswered), `garbage` (HTTP 200 with a body that is not XML), `invalid` (a well-formed answer that
// breaks the schema), `fault` (a SOAP fault with code `faultCode`), and `delayMs` before answering. Behaviour
// changes at run time with POST /_control {mode, delayMs, faultCode, options, slotsPerOption}; GET /_received
// lists the requests; `npm run cli -- stub-planner` runs it.
import http from 'node:http';
import { ExternalBookingServiceDescriptor } from '../contract/generated/services.ts';
import type { ExternalBookingServicePort, PlannerInterviewOptionType } from '../contract/generated/types.ts';
import { ContractValidator } from '../contract/validator.ts';
import { readElement } from '../contract/xmlReader.ts';
import { localName, namespaceUri } from '../contract/xmlTree.ts';
import { writeXml } from '../contract/xmlWriter.ts';
import { DfdgFault, fault } from '../faults/catalogue.ts';
import { envelope, parseEnvelope } from '../soap/envelope.ts';
import { faultEnvelope } from '../soap/faultResponse.ts';

export type PlannerMode = 'answer' | 'fail' | 'drop' | 'garbage' | 'invalid' | 'fault';

export interface PlannerBehaviour {
  mode: PlannerMode;
  delayMs: number;
  /** The code of the SOAP fault `fault` answers (4770: no booking options). */
  faultCode: number;
  options: PlannerInterviewOptionType[];
  slotsPerOption: number;
}

export interface PlannerRequest {
  receivedAt: string;
  operation: string;
  request: unknown;
}

export const SAMPLE_OPTION: PlannerInterviewOptionType = {
  InterviewOptionIdentifier: '5b8a7d1e-0c3f-4c2a-9d55-3e1f00000001',
  InterviewTypeIdentifier: 7,
  InterviewFormTypeIdentifier: 1,
  InterviewContactTypeIdentifierCollection: { InterviewContactTypeIdentifier: [1, 2] },
  InterviewLocationDetail: { InterviewLocationDescription: 'Jobcentret, Vesterbrogade 1, 1620 København V' },
  MoedeTitel: 'Jobsamtale',
  MoedeBeskrivelse: 'Book en tid til en samtale om din jobsøgning.',
  ReBookingPossible: true,
  CancellationPossible: true,
};

const HOUR = 3_600_000;
const NOT_XML = 'this planner is having a bad day';
/** A response element without its required InterviewOptionIdentifier: well-formed, not valid. */
const INVALID = (ns: string) =>
  `<GetSelfbookInterviewOptionsResponse xmlns="${ns}"><InterviewOptionCollection><InterviewOption>` +
  `<InterviewTypeIdentifier>7</InterviewTypeIdentifier></InterviewOption></InterviewOptionCollection></GetSelfbookInterviewOptionsResponse>`;

export class StubPlanner {
  readonly received: PlannerRequest[] = [];
  behaviour: PlannerBehaviour = {
    mode: 'answer',
    delayMs: 0,
    faultCode: 4770,
    options: [SAMPLE_OPTION],
    slotsPerOption: 3,
  };
  private readonly server: http.Server;
  /** The planner side: the generated port of ExternalBookingService, which the facade's client implements too. */
  private readonly handlers: ExternalBookingServicePort = {
    GetSelfbookInterviewOptions: async () => ({
      InterviewOptionCollection: { InterviewOption: this.behaviour.options },
    }),
    GetSelfbookTimeslots: async (r) => {
      const option = this.behaviour.options.find(
        (o) => o.InterviewOptionIdentifier.toLowerCase() === r.InterviewOptionID.toLowerCase(),
      );
      if (!option) throw fault('NoBookingOptions', `InterviewOptionID ${r.InterviewOptionID}`);
      const [from, to] = [Date.parse(r.BookingOptionIntervalStartTime), Date.parse(r.BookingOptionIntervalEndTime)];
      const first = Math.ceil(from / HOUR) * HOUR;
      const starts = Array.from({ length: this.behaviour.slotsPerOption }, (_, i) => first + i * HOUR).filter(
        (t) => t <= to,
      );
      return {
        BookingTimeslotCollection: {
          BookingTimeslot: starts.map((t) => ({
            StartTime: new Date(t).toISOString(),
            EndTime: new Date(t + HOUR / 2).toISOString(),
            InterviewContactTypeIdentifierCollection: option.InterviewContactTypeIdentifierCollection,
            RebookingPossible: option.ReBookingPossible ?? false,
            CancellationPossible: option.CancellationPossible ?? false,
          })),
        },
      };
    },
  };

  constructor(private readonly validator: ContractValidator = ContractValidator.compile()) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void this.answer(req, res, Buffer.concat(chunks)));
    });
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
    if (req.method === 'GET' && req.url === '/_received') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.received));
      return;
    }
    if (req.method === 'POST' && req.url === '/_control') {
      this.behaviour = {
        ...this.behaviour,
        ...(JSON.parse(body.toString('utf8') || '{}') as Partial<PlannerBehaviour>),
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.behaviour));
      return;
    }
    // Read, recorded and answered on arrival (so a request whose caller gave up is recorded with its own
    // test), then the misbehaviour as it was when the request came.
    const b = { ...this.behaviour };
    const xml = (status: number, text: string): void => {
      res.writeHead(status, { 'content-type': 'text/xml; charset=utf-8' }).end(text);
    };
    let status = 200;
    let answer: string;
    try {
      answer = await this.handle(body);
      if (b.mode === 'fault') throw new DfdgFault(b.faultCode === 4770 ? 'NoBookingOptions' : 'InternalError');
    } catch (err) {
      [status, answer] = [500, faultEnvelope(err instanceof DfdgFault ? err : fault('InternalError'))];
    }
    if (b.delayMs > 0) await new Promise((r) => setTimeout(r, b.delayMs));
    if (b.mode === 'drop') return void req.socket.destroy();
    if (b.mode === 'fail') return void res.writeHead(503).end('failing as told');
    if (b.mode === 'garbage') return void res.writeHead(200, { 'content-type': 'text/xml' }).end(NOT_XML);
    if (b.mode === 'invalid') return xml(200, envelope(INVALID(ExternalBookingServiceDescriptor.namespace)));
    xml(status, answer);
  }

  /** One SOAP request: validated, recorded, answered by its operation's handler (a DfdgFault otherwise). */
  private async handle(body: Buffer): Promise<string> {
    const parsed = parseEnvelope(body);
    let operation: (typeof ExternalBookingServiceDescriptor.operations)[number];
    let request: unknown;
    try {
      const name = localName(parsed.body);
      const op = ExternalBookingServiceDescriptor.operations.find(
        (o) => o.request.name === name && o.request.ns === namespaceUri(parsed.body),
      );
      if (!op) throw fault('InvalidMessage', `ExternalBookingService has no operation for ${name}`);
      const issues = this.validator.validate(parsed.body);
      if (issues.length > 0) throw fault('InvalidMessage', ...issues.map((i) => i.message));
      request = readElement(parsed.body, op.request);
      operation = op;
    } finally {
      parsed.doc.dispose();
    }
    this.received.push({ receivedAt: new Date().toISOString(), operation: operation.name, request });
    const handler = this.handlers[operation.name as keyof ExternalBookingServicePort] as (
      r: unknown,
    ) => Promise<unknown>;
    return String(envelope(writeXml(await handler(request), operation.response)));
  }

  listen(port: number, host = '127.0.0.1'): Promise<string> {
    return new Promise((resolve) =>
      this.server.listen(port, host, () =>
        resolve(
          `http://${host}:${(this.server.address() as { port: number }).port}${ExternalBookingServiceDescriptor.endpointPath}`,
        ),
      ),
    );
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
