// Every test talks to the facade over mTLS, as DFDG's callers do (conventions.md §2). The certificates are
// made at most once a day and kept for the runs of the day (scripts/run-tests.ts → prepareSqliteTemplate →
// keptTestCertificates, DFDG_TEST_CERTS), or once per process when a test file runs on its own: a CA, the facade's server
// certificate, the harness's client (an OCES3 function certificate, registered by every harness for every
// organisation and service), an OCES2 one the identity tests register as they need, and a stranger the CA
// never issued. One keep-alive agent per process carries every call (a TLS handshake per call costs CPU).
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { ALL_SERVICES } from '../../src/access/dataProcessor.ts';
import { readFunctionCertificate } from '../../src/access/functionCertificate.ts';
import {
  issueCertificate,
  makeDevCertificates,
  oces2Subject,
  selfSignedCertificate,
} from '../../src/cli/devCertificates.ts';
import { EVERY_ORGANISATION } from '../../src/cli/serverTls.ts';
import type { TlsMaterial } from '../../src/soap/server.ts';
import { registerCertificate } from '../../src/store/clientCertificateRepository.ts';

export interface KeyPair {
  cert: string;
  key: string;
  /** The files, for programs that take paths (curl, the interop stacks). */
  certFile: string;
  keyFile: string;
}

export interface TestCertificates {
  dir: string;
  ca: string;
  caFile: string;
  server: KeyPair;
  /** The harness's OCES3 function certificate. */
  client: KeyPair;
  /** An OCES2 function certificate (CVR:87654321-FID:…) of another data processor, registered by no harness. */
  oces2: KeyPair;
  /** Self-signed: the facade's CA never issued it. */
  stranger: KeyPair;
}

export const OCES2_CVR = '87654321';

const pair = (dir: string, name: string): KeyPair => ({
  cert: fs.readFileSync(path.join(dir, `${name}.crt`), 'utf8'),
  key: fs.readFileSync(path.join(dir, `${name}.key`), 'utf8'),
  certFile: path.join(dir, `${name}.crt`),
  keyFile: path.join(dir, `${name}.key`),
});

/** Makes the run's certificates in `dir` (valid 2 days: a run never outlives them). */
export function makeTestCertificates(dir: string): void {
  makeDevCertificates(dir, 2);
  issueCertificate(dir, 'oces2', oces2Subject(OCES2_CVR, '1234567890', 'Test fagsystem', 'Anden Leverandoer'), {
    days: 2,
  });
  selfSignedCertificate(dir, 'stranger', oces2Subject(OCES2_CVR, '1234567890', 'Stranger', 'Stranger'), { days: 2 });
}

/**
 * The run's certificates, made at most once a day and kept in the temp dir (their keys' generation took about a
 * second of npm test's critical path, before the first test could start): a directory per day (UTC), so that a
 * run still using yesterday's keeps them; those older than that are removed. Valid 2 days, so a run started
 * today never outlives them.
 */
export function keptTestCertificates(): string {
  const prefix = `dfdg-test-certs-${process.getuid?.() ?? 'user'}-`;
  const today = new Date().toISOString().slice(0, 10);
  const dir = path.join(os.tmpdir(), prefix + today);
  if (fs.existsSync(path.join(dir, 'stranger.crt'))) return dir;
  // Made beside and renamed into place whole: runs in parallel may make them at once (the first rename wins).
  const partial = fs.mkdtempSync(`${dir}.`);
  makeTestCertificates(partial);
  try {
    fs.renameSync(partial, dir);
  } catch {
    fs.rmSync(partial, { recursive: true, force: true });
  }
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  for (const old of fs.readdirSync(os.tmpdir()))
    if (old.startsWith(prefix) && old.slice(prefix.length, prefix.length + 10) < yesterday)
      fs.rmSync(path.join(os.tmpdir(), old), { recursive: true, force: true });
  return dir;
}

let certificates: TestCertificates | null = null;

export function testCertificates(): TestCertificates {
  if (certificates) return certificates;
  let dir = process.env.DFDG_TEST_CERTS;
  if (!dir || !fs.existsSync(path.join(dir, 'stranger.crt'))) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-test-tls-'));
    makeTestCertificates(dir);
    const made = dir;
    process.once('exit', () => fs.rmSync(made, { recursive: true, force: true }));
  }
  certificates = {
    dir,
    ca: fs.readFileSync(path.join(dir, 'ca.crt'), 'utf8'),
    caFile: path.join(dir, 'ca.crt'),
    server: pair(dir, 'server'),
    client: pair(dir, 'client'),
    oces2: pair(dir, 'oces2'),
    stranger: pair(dir, 'stranger'),
  };
  return certificates;
}

/** What a facade of the tests listens with. */
export function serverTls(): TlsMaterial {
  const c = testCertificates();
  return { cert: c.server.cert, key: c.server.key, ca: c.ca };
}

/** Registers the harness's client certificate for every service and organisation (kept when already there). */
export async function registerTestClient(db: Knex): Promise<void> {
  const cert = readFunctionCertificate(testCertificates().client.cert);
  await registerCertificate(db, cert, {
    services: ALL_SERVICES,
    organisations: EVERY_ORGANISATION,
    now: '2024-01-01T00:00:00+01:00',
  });
}

/** A keep-alive agent presenting `who` (or no certificate), trusting the run's CA. Free sockets are closed
 *  after 4 s, before the facade's keep-alive timeout (5 s) would close them under a request. */
export function clientAgent(who: KeyPair | null): https.Agent {
  return new https.Agent({
    keepAlive: true,
    timeout: 4000,
    ca: testCertificates().ca,
    ...(who ? { cert: who.cert, key: who.key } : {}),
  });
}

let harnessAgent: https.Agent | null = null;
/** The agent every harness call uses: the harness's client certificate. */
export const facadeAgent = (): https.Agent => (harnessAgent ??= clientAgent(testCertificates().client));

/**
 * fetch for the facade: Node's fetch cannot be given a client certificate without undici's Agent (not a
 * dependency), so this is node:https (or node:http for a TLS=off facade) answering a WHATWG Response.
 */
export function facadeFetch(
  url: string | URL,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Uint8Array | Blob;
    agent?: https.Agent;
  } = {},
): Promise<Response> {
  const target = new URL(url);
  return (async () => {
    const body = init.body instanceof Blob ? new Uint8Array(await init.body.arrayBuffer()) : init.body;
    return new Promise<Response>((resolve, reject) => {
      const transport = target.protocol === 'https:' ? https : http;
      const req = transport.request(
        target,
        {
          method: init.method ?? 'GET',
          headers: init.headers,
          ...(target.protocol === 'https:' ? { agent: init.agent ?? facadeAgent() } : {}),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const headers = new Headers();
            for (const [k, v] of Object.entries(res.headers))
              if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
            const status = res.statusCode ?? 0;
            resolve(new Response([204, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers }));
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  })();
}
