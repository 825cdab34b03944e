// What one client may make the server hold, in one place (issue 12, defects 1 and 5): the body size, the time
// to send headers and a whole request, how long an idle connection stays, how many connections are open at
// once, and the shape of the XML (./xmlShape.ts). The defaults and their settings: src/config/defaults.ts,
// src/config/settings.ts (the README's table). Node checks the timeouts itself; `connectionsCheckingInterval`
// makes it look every second rather than every 30 s, so a stalled upload is dropped close to its deadline.
import type http from 'node:http';
import type https from 'node:https';
import { DEFAULTS } from '../config/defaults.ts';
import { declaredTooLarge } from './requestBody.ts';
import type { XmlShapeLimits } from './xmlShape.ts';

export interface InputLimits extends XmlShapeLimits {
  maxRequestBytes: number;
  maxConnections: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxRequestBytes: DEFAULTS.maxRequestBytes,
  maxConnections: DEFAULTS.maxConnections,
  headersTimeoutMs: DEFAULTS.headersTimeoutMs,
  requestTimeoutMs: DEFAULTS.requestTimeoutMs,
  keepAliveTimeoutMs: DEFAULTS.keepAliveTimeoutMs,
  maxDepth: DEFAULTS.xmlMaxDepth,
  maxAttributes: DEFAULTS.xmlMaxAttributes,
  maxNameLength: DEFAULTS.xmlMaxNameLength,
  maxNodes: DEFAULTS.xmlMaxNodes,
};

/** Options for http.createServer / https.createServer (Node wants headersTimeout ≤ requestTimeout). */
export function serverOptions(limits: InputLimits): http.ServerOptions {
  return {
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
    connectionsCheckingInterval: DEFAULTS.connectionsCheckingIntervalMs,
  };
}

/**
 * The limits a server enforces as a whole: the connection cap, the keep-alive timeout, and `Expect:
 * 100-continue` answered without 100 Continue when the declared body is too large (`maxBytesOf`: larger for an
 * upload operation, src/soap/documentUpload.ts), so the client does not
 * send it (WCF clients send that header by default); the request handler then refuses it up front.
 */
export function applyServerLimits(
  server: http.Server | https.Server,
  limits: InputLimits,
  maxBytesOf: (req: http.IncomingMessage) => number = () => limits.maxRequestBytes,
): void {
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!declaredTooLarge(req, maxBytesOf(req))) res.writeContinue();
    server.emit('request', req, res);
  });
}
