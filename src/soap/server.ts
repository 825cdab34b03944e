// HTTP transport: POST a SOAP envelope (text/xml, else 415) to a service endpoint; GET <endpoint>?wsdl for its
// WSDL, <endpoint>?singleWsdl for it with the schemas inlined, GET /xsd/<file> for the schemas the WSDL imports,
// GET /services for the list of services, GET /metrics for the request, rule, outbox and push figures (Prometheus
// text from the instance's prom-client registry; only with METRICS_TOKEN, src/soap/metricsAccess.ts), /console
// for the web console (only with CONSOLE_TOKEN, src/console/console.ts). A Host (or
// trusted forwarded host) that is not a host name: 400. Every answer on a SOAP endpoint, refusals of this layer
// included (400, 415, an oversized body), has its one request log line and x-request-id (src/soap/requestLog.ts);
// a 400 on another path has the log line too.
// With TLS material it serves HTTPS and asks every connection for a client certificate; a SOAP POST is answered
// by who the certificate is (src/soap/clientIdentity.ts), the WSDLs, schemas and service list are served to
// any TLS client (D-136). Without TLS material (TLS=off) it serves plain HTTP and no request has an identity.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fault } from '../faults/catalogue.ts';
import { refusedContentType } from './contentType.ts';
import { faultEnvelope } from './faultResponse.ts';
import type { ServiceRegistration } from '../services/operation.ts';
import { metricsAccess } from './metricsAccess.ts';
import { handleConsole, isConsolePath, type ConsoleOptions } from '../console/console.ts';
import { log } from '../log.ts';
import { handleSoapRequest, type PipelineDeps } from './pipeline.ts';
import { presentedCertificate } from './clientIdentity.ts';
import { publicBaseUrl } from './publicBaseUrl.ts';
import { applyServerLimits, DEFAULT_INPUT_LIMITS, serverOptions, type InputLimits } from './inputLimits.ts';
import { readRequestBody, type RequestBody } from './requestBody.ts';
import { maxContentTextBytes, readUploadBody, UPLOAD_STAGING_DIR, type UploadBody } from './documentUpload.ts';
import { base64Length, writeBase64, type StreamedBytes, type UploadSpec } from '../contract/streamedContent.ts';
import type { XmlText } from '../contract/xmlWriter.ts';
import { RequestTurns } from './requestTurns.ts';
import { requestCompleted } from './requestLog.ts';
import { soapActionOf } from './soapAction.ts';
import { WsdlDocuments } from './wsdlDocuments.ts';
import { XSD_DIR } from '../contract/validator.ts';
import type { Registry } from '../observability/metrics.ts';
import type { TLSSocket } from 'node:tls';

export interface HttpOptions {
  /** Peers whose X-Forwarded-Proto / X-Forwarded-Host are believed (TRUSTED_PROXIES). */
  trustedProxies?: readonly string[];
  /** HTTPS with client certificates issued by `ca`; null or absent: plain HTTP (TLS=off). */
  tls?: TlsMaterial | null;
  /** PUBLIC_BASE_URL: when set, the only address answers point back at (Host and X-Forwarded-* are not read). */
  publicBaseUrl?: string | null;
  /** Body size, timeouts, connection cap (src/soap/inputLimits.ts); the defaults when not given. */
  limits?: InputLimits;
  /** METRICS_TOKEN: the Bearer token GET /metrics requires; null or absent: no /metrics (src/soap/metricsAccess.ts). */
  metricsToken?: string | null;
  /** CONSOLE_TOKEN and the request journal: the web console at /console (src/console/); absent: 404 there. */
  console?: ConsoleOptions;
  /** UPLOAD_STAGING_DIR: where streamed documents wait while their request is read (src/soap/documentUpload.ts);
   *  null or absent: its default. */
  uploadStagingDir?: string | null;
}

/** PEM texts: the server's certificate and key, and the CA(s) client certificates must be issued by. */
export interface TlsMaterial {
  cert: string;
  key: string;
  ca: string;
}

export type FacadeServer = http.Server | https.Server;

const XML = 'text/xml; charset=utf-8';

export function createHttpServer(
  services: readonly ServiceRegistration[],
  deps: PipelineDeps,
  metrics: Registry,
  options: HttpOptions = {},
): FacadeServer {
  const byPath = new Map(services.map((s) => [s.descriptor.endpointPath.toLowerCase(), s]));
  const wsdls = new Map(services.map((s) => [s, new WsdlDocuments(s.descriptor)]));
  const trustedProxies = new Set(options.trustedProxies ?? []);
  const xsdFiles = new Set(fs.readdirSync(XSD_DIR).filter((f) => f.endsWith('.xsd')));
  const limits = options.limits ?? DEFAULT_INPUT_LIMITS;
  const stagingDir = options.uploadStagingDir ?? UPLOAD_STAGING_DIR;

  const tls = options.tls ?? null;
  // SOAP requests are worked on in arrival order, a bounded amount per turn of the event loop (./requestTurns.ts)
  const turns = new RequestTurns();
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const started = performance.now();
    const target = req.url ?? '/';
    const query = target.indexOf('?');
    // origin-form ("/path?query") is read without building a URL; absolute-form goes through URL
    const pathname = target.startsWith('/')
      ? query < 0
        ? target
        : target.slice(0, query)
      : new URL(target, 'http://localhost').pathname;
    const service = byPath.get(pathname.toLowerCase());
    const base = options.publicBaseUrl ?? publicBaseUrl(req, trustedProxies);
    if (base === null) {
      req.resume();
      return refuse(res, deps, { started, service, status: 400 }, 'text/plain', 'invalid Host or forwarding header');
    }
    if (isConsolePath(pathname))
      return void handleConsole(
        req,
        res,
        new URL(target, 'http://localhost'),
        base,
        options.console ?? { token: null, journal: null },
        deps,
      ).catch((err: unknown) => {
        log('error', 'console:failed', { err });
        send(res, 500, 'text/plain', 'the console could not answer', true);
      });
    if (req.method === 'POST' && service)
      return void receive(req, res, service, deps, base, turns, {
        overTls: tls !== null,
        maxBytes: limits.maxRequestBytes,
        upload: uploadSpecOf(service, req),
        stagingDir,
        started,
      });
    const url = new URL(target, 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    const queryKeys = [...url.searchParams.keys()].map((k) => k.toLowerCase());
    if (service && queryKeys.includes('singlewsdl')) return send(res, 200, XML, wsdls.get(service)!.singleWsdl(base));
    if (service && queryKeys.includes('wsdl')) return send(res, 200, XML, wsdls.get(service)!.wsdl(base));
    if (url.pathname === '/services') {
      const list = services.map((s) => ({
        name: s.descriptor.name,
        version: s.descriptor.version,
        endpoint: base + s.descriptor.endpointPath,
        wsdl: `${base}${s.descriptor.endpointPath}?wsdl`,
      }));
      return send(res, 200, 'application/json', JSON.stringify(list));
    }
    const xsd = /^\/xsd\/([A-Za-z0-9_.-]+\.xsd)$/.exec(url.pathname)?.[1];
    if (xsd && xsdFiles.has(xsd)) return send(res, 200, XML, fs.readFileSync(path.join(XSD_DIR, xsd), 'utf8'));
    if (url.pathname === '/health') return send(res, 200, 'text/plain', 'ok');
    if (url.pathname === '/metrics') {
      const access = metricsAccess(options.metricsToken ?? null, req.headers.authorization);
      if (access === 'not-configured') return send(res, 404, 'text/plain', 'not found');
      if (access === 'refused') {
        res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        return send(res, 401, 'text/plain', 'a Bearer token is required');
      }
      return void metrics.metrics().then(
        (text) => send(res, 200, metrics.contentType, text),
        () => send(res, 500, 'text/plain', 'metrics unavailable'),
      );
    }
    return send(res, 404, 'text/plain', 'not found');
  };
  const server =
    tls === null
      ? http.createServer(serverOptions(limits), handle)
      : // rejectUnauthorized false: the handshake succeeds without a (trusted) certificate, so that the SOAP answer
        // can be DFDG's fault (1101, 1012) instead of a TLS alert no SOAP client reports as such.
        https.createServer({ ...serverOptions(limits), ...tls, requestCert: true, rejectUnauthorized: false }, handle);
  applyServerLimits(server, limits, (req) => {
    const service = byPath.get((req.url ?? '/').split('?')[0]!.toLowerCase());
    const upload = service ? uploadSpecOf(service, req) : null;
    return upload ? limits.maxRequestBytes + maxContentTextBytes(upload.maxContentBytes) : limits.maxRequestBytes;
  });
  server.on('connection', () => turns.connected());
  return server;
}

/** The upload declaration of the operation the request's SOAPAction names, if it is an upload operation: only
 *  its body may be larger than MAX_REQUEST_BYTES, by its document (src/soap/documentUpload.ts). */
function uploadSpecOf(service: ServiceRegistration, req: http.IncomingMessage): UploadSpec | null {
  const action = soapActionOf(req.headers.soapaction);
  if (action === null) return null;
  const operation = service.descriptor.operations.find((op) => op.soapAction === action);
  const declared = operation ? service.operations[operation.name] : undefined;
  return declared?.kind === 'write' ? (declared.upload ?? null) : null;
}

function receive(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  service: ServiceRegistration,
  deps: PipelineDeps,
  baseUrl: string,
  turns: RequestTurns,
  {
    overTls,
    maxBytes,
    upload,
    stagingDir,
    started,
  }: { overTls: boolean; maxBytes: number; upload: UploadSpec | null; stagingDir: string; started: number },
): void {
  const refusal = refusedContentType(req.headers['content-type']);
  if (refusal !== null) {
    refuse(res, deps, { started, service, status: 415 }, 'text/plain', refusal);
    req.resume();
    return;
  }
  const reading: Promise<RequestBody | UploadBody> = upload
    ? readUploadBody(req, upload, maxBytes, stagingDir)
    : readRequestBody(req, maxBytes);
  void reading.then((body) => {
    if (body.kind === 'aborted') return;
    if (body.kind === 'refused')
      return refuse(
        res,
        deps,
        { started, service, status: 500, faultCode: body.fault.code },
        XML,
        faultEnvelope(body.fault, service.descriptor.name),
      );
    if (body.kind === 'too-large') {
      const tooLarge = fault('InvalidMessage', `the request is larger than ${maxBytes} bytes`);
      return refuse(
        res,
        deps,
        { started, service, status: 500, faultCode: tooLarge.code },
        XML,
        faultEnvelope(tooLarge, service.descriptor.name),
      );
    }
    const requestId = randomUUID();
    const staged = 'upload' in body ? body.upload : null;
    const context = {
      baseUrl,
      requestId,
      soapAction: soapActionOf(req.headers.soapaction),
      certificate: overTls ? presentedCertificate(req.socket as TLSSocket) : null,
      xRequestId: req.headers['x-requestid'],
      upload: staged,
    };
    // handleSoapRequest never rejects: every failure, logged, is a fault on the wire.
    turns.run(
      () =>
        void handleSoapRequest(service, body.bytes, deps, context).then(async (reply) => {
          // the staging file goes before the answer: its bytes are stored (committed) or refused by now
          await staged?.discard().catch(() => undefined);
          if (reply.streamed) return void sendStreamed(res, reply.body, reply.streamed, requestId);
          send(res, reply.status, XML, reply.body, false, requestId);
        }),
    );
  });
}

/** A 200 answer whose base64 value streams from storage (src/contract/streamedContent.ts): the envelope up to it,
 *  the value a stored chunk at a time as the client takes it (each piece flushed before the next), the rest. Its length is known
 *  up front; a value that ends short (deleted while sent) cuts the connection rather than send a wrong document. */
async function sendStreamed(
  res: http.ServerResponse,
  head: XmlText,
  { content, after }: { content: StreamedBytes; after: Buffer },
  requestId: string,
): Promise<void> {
  const before = typeof head === 'string' ? Buffer.from(head) : head;
  const length = before.length + base64Length(content.byteLength) + after.length;
  res.writeHead(200, ['content-type', XML, 'content-length', String(length), 'x-request-id', requestId]);
  try {
    await flushed(res, before);
    const sent = await writeBase64(content, (base64) => flushed(res, base64));
    if (sent !== base64Length(content.byteLength)) throw new Error('the document ended short');
    res.end(after);
  } catch {
    res.destroy();
  }
}

/** Writes `bytes` and settles once they have left for the socket (so the buffer may be reused), or the
 *  connection has closed. */
function flushed(res: http.ServerResponse, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const closed = () => reject(new Error('the connection closed'));
    res.once('close', closed);
    res.write(bytes, (err) => {
      res.off('close', closed);
      if (err) reject(err);
      else resolve();
    });
  });
}

/** An answer of the HTTP layer itself (the connection closed after it), with its request id and log line. */
function refuse(
  res: http.ServerResponse,
  deps: PipelineDeps,
  r: { started: number; service: ServiceRegistration | undefined; status: number; faultCode?: number },
  type: string,
  body: string,
): void {
  if (res.headersSent) return;
  const requestId = randomUUID();
  send(res, r.status, type, body, true, requestId);
  requestCompleted(deps.logger, deps.events, {
    requestId,
    service: r.service?.descriptor.name ?? null,
    operation: null,
    organisation: null,
    userType: null,
    certificate: null,
    status: r.status,
    faultCode: r.faultCode ?? null,
    ruleId: null,
    deviation: null,
    durationMs: performance.now() - r.started,
  });
}

/** Writes the whole answer at once: its headers as one flat array (with the request id, when the answer has one)
 *  go to Node's header writer without a per-response headers object, and `end(body)` sends them with the body in
 *  one write. */
function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  close = false,
  requestId: string | null = null,
): void {
  if (res.headersSent) return;
  const headers = [
    'content-type',
    type,
    'content-length',
    String(typeof body === 'string' ? Buffer.byteLength(body) : body.length),
  ];
  if (requestId !== null) headers.push('x-request-id', requestId);
  if (close) headers.push('connection', 'close');
  res.writeHead(status, headers);
  res.end(body);
}
