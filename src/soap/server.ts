// HTTP transport: POST a SOAP envelope (text/xml, else 415) to a service endpoint; GET <endpoint>?wsdl for its
// WSDL, <endpoint>?singleWsdl for it with the schemas inlined, GET /xsd/<file> for the schemas the WSDL imports,
// GET /services for the list of services, GET /metrics for the request, rule, outbox and push figures (Prometheus
// text from the instance's prom-client registry; only with METRICS_TOKEN, src/soap/metricsAccess.ts). A Host (or trusted X-Forwarded-Host) that is not a host name: 400.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fault } from '../faults/catalogue.ts';
import { refusedContentType } from './contentType.ts';
import { faultEnvelope } from './faultResponse.ts';
import type { ServiceRegistration } from '../services/operation.ts';
import { metricsAccess } from './metricsAccess.ts';
import { handleSoapRequest, type PipelineDeps } from './pipeline.ts';
import { publicBaseUrl } from './publicBaseUrl.ts';
import { soapActionOf } from './soapAction.ts';
import { WsdlDocuments } from './wsdlDocuments.ts';
import { XSD_DIR } from '../contract/validator.ts';
import type { Registry } from 'prom-client';

export interface HttpOptions {
  /** Peers whose X-Forwarded-Proto / X-Forwarded-Host are believed (TRUSTED_PROXIES). */
  trustedProxies?: readonly string[];
  /** METRICS_TOKEN: the Bearer token GET /metrics requires; null or absent: no /metrics (src/soap/metricsAccess.ts). */
  metricsToken?: string | null;
}

/** Larger requests are refused with 1014 before they are buffered whole. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

const XML = 'text/xml; charset=utf-8';

export function createHttpServer(
  services: readonly ServiceRegistration[],
  deps: PipelineDeps,
  metrics: Registry,
  options: HttpOptions = {},
): http.Server {
  const byPath = new Map(services.map((s) => [s.descriptor.endpointPath.toLowerCase(), s]));
  const wsdls = new Map(services.map((s) => [s, new WsdlDocuments(s.descriptor)]));
  const trustedProxies = new Set(options.trustedProxies ?? []);
  const xsdFiles = new Set(fs.readdirSync(XSD_DIR).filter((f) => f.endsWith('.xsd')));

  return http.createServer((req, res) => {
    const target = req.url ?? '/';
    const query = target.indexOf('?');
    // origin-form ("/path?query") is read without building a URL; absolute-form goes through URL
    const pathname = target.startsWith('/')
      ? query < 0
        ? target
        : target.slice(0, query)
      : new URL(target, 'http://localhost').pathname;
    const service = byPath.get(pathname.toLowerCase());
    const base = publicBaseUrl(req, trustedProxies);
    if (base === null) {
      req.resume();
      return send(res, 400, 'text/plain', 'invalid Host or X-Forwarded-* header', true);
    }
    if (req.method === 'POST' && service) return void receive(req, res, service, deps, base);
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
  });
}

function receive(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  service: ServiceRegistration,
  deps: PipelineDeps,
  baseUrl: string,
): void {
  const refusal = refusedContentType(req.headers['content-type']);
  if (refusal !== null) {
    send(res, 415, 'text/plain', refusal, true);
    req.resume();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES && !refused) {
      refused = true;
      send(
        res,
        500,
        XML,
        faultEnvelope(
          fault('InvalidMessage', `the request is larger than ${MAX_REQUEST_BYTES} bytes`),
          service.descriptor.name,
        ),
        true,
      );
      req.resume();
    } else if (!refused) chunks.push(chunk);
  });
  req.on('end', () => {
    if (refused) return;
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    // handleSoapRequest never rejects: every failure, logged, is a fault on the wire.
    void handleSoapRequest(service, Buffer.concat(chunks), deps, {
      baseUrl,
      requestId,
      soapAction: soapActionOf(req.headers.soapaction),
      xRequestId: req.headers['x-requestid'],
    }).then((reply) => send(res, reply.status, XML, reply.body));
  });
  req.on('error', () => res.destroy());
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, close = false): void {
  if (res.headersSent) return;
  const headers = [
    'content-type',
    type,
    'content-length',
    String(typeof body === 'string' ? Buffer.byteLength(body) : body.length),
  ];
  if (close) headers.push('connection', 'close');
  res.writeHead(status, headers);
  res.end(body);
}
