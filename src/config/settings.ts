// Every setting of the facade, in README order. Units are in the names (…_MS, …_DAYS, …_MINUTES). Add a
// setting here and nowhere else: loadConfig reads it, `npm run docs:config` writes it into the README's
// table, and `npm test` fails while the README is behind.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { isIsoDate } from '../domain/dates.ts';
import { parsePlannerEndpoints } from '../outbound/externalBooking/planners.ts';
import { databaseConfigFromEnv, type DatabaseConfig } from '../store/database.ts';
import { DEFAULTS } from './defaults.ts';
import { choice, integer, onOff, optional, text, type Setting } from './setting.ts';

function existingFile(text: string): string {
  if (!fs.existsSync(text)) throw new Error('must name an existing file');
  return text;
}

function absolutePath(text: string): string {
  if (!path.isAbsolute(text)) throw new Error('must be an absolute path');
  return text;
}

function isoDate(text: string): string {
  if (!isIsoDate(text)) throw new Error('must be a date YYYY-MM-DD');
  return text;
}

/** A comma-separated list of IPv4/IPv6 addresses. */
function ipAddresses(text: string): readonly string[] {
  const list = text.split(',').map((a) => a.trim());
  const bad = list.filter((a) => net.isIP(a) === 0);
  if (bad.length > 0) throw new Error(`must be a comma-separated list of IP addresses (not ${bad.join(', ')})`);
  return Object.freeze(list);
}

/** An IPv4/IPv6 address or a host name to listen on. */
function listenHost(text: string): string {
  if (net.isIP(text) === 0 && !/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(text))
    throw new Error('must be an IP address or a host name');
  return text;
}

/** `text` as an http or https URL. */
function httpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error('must be an http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('must be an http or https URL');
  return url;
}

/** `http(s)://host[:port]`: no user, path, query or fragment; written back without a trailing slash. */
function baseUrl(text: string): string {
  const url = httpUrl(text);
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/')
    throw new Error('must be scheme://host[:port] only, without user, path, query or fragment');
  return url.origin;
}

/** An http(s) URL with a path (UDB_ENDPOINT). */
function parseHttpUrl(text: string): string {
  return httpUrl(text).href;
}

/** DAGPENGE_MAXIMUM_RATES: `FROM=FULLTIME/PARTTIME,…` (dates YYYY-MM-DD, DKK per month, ascending dates). */
export function parseMaximumRates(text: string): readonly { from: string; fullTime: number; partTime: number }[] {
  const entries = text.split(',').map((item) => {
    const m = /^\s*(\d{4}-\d{2}-\d{2})=(\d+(?:\.\d{1,2})?)\/(\d+(?:\.\d{1,2})?)\s*$/.exec(item);
    if (!m || !isIsoDate(m[1]!))
      throw new Error(`must be FROM=FULLTIME/PARTTIME,… e.g. 2024-01-01=20359/13573 (not "${item.trim()}")`);
    return Object.freeze({ from: m[1]!, fullTime: Number(m[2]), partTime: Number(m[3]) });
  });
  for (let i = 1; i < entries.length; i++)
    if (entries[i]!.from <= entries[i - 1]!.from) throw new Error('the dates must ascend');
  return Object.freeze(entries);
}

/** An optional setting whose unset value is `fallback` (shown as the default). */
function withDefault<T>(fallback: T, setting: Setting<T | null>): Setting<T> {
  return { ...setting, read: (env) => setting.read(env) ?? fallback };
}

/** Slots every N seconds only line up with node-cron's `*\/N` seconds field when N divides a minute. */
function divisorOfMinute(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || 60 % n !== 0) throw new Error('must be a whole number dividing 60');
  return n;
}

function metricsToken(text: string): string {
  if (!/^[\x21-\x7e]{16,}$/.test(text)) throw new Error('must be at least 16 printable characters without spaces');
  return text;
}

const database: Setting<DatabaseConfig> = {
  env: ['DATABASE_URL', 'DATABASE_FILE'],
  shownDefault: `embedded SQLite at \`${DEFAULTS.databaseFile}\``,
  meaning:
    'DATABASE_URL `postgres://…` selects PostgreSQL, `mssql://…` or `Server=…` SQL Server; unset, SQLite (WAL, synchronous=NORMAL) at DATABASE_FILE, with document bytes in the folder `<DATABASE_FILE>.documents` beside it (back both up together, D-264)',
  read: databaseConfigFromEnv,
};

export const SETTINGS = {
  port: integer('PORT', {
    default: DEFAULTS.port,
    min: 0,
    max: 65535,
    meaning: 'HTTPS (TLS=off: HTTP) port of all services (0: any free port)',
  }),
  processes: integer('PROCESSES', {
    default: DEFAULTS.processes,
    min: 1,
    max: 64,
    meaning:
      '`serve` processes sharing PORT (node:cluster: a primary forks them and restarts one that dies); each is a whole facade — services, push dispatcher, nightly jobs — and they share only the database (README, "Several processes")',
  }),
  tls: onOff('TLS', {
    default: DEFAULTS.tls,
    meaning:
      'HTTPS with a client function certificate on every SOAP call (conventions.md §2); off: plain HTTP, every caller may act for any organisation (local experiments only; `serve` warns at start)',
  }),
  tlsCertFile: optional('TLS_CERT', {
    shownDefault: 'unset: a throwaway certificate in TLS_DIR',
    meaning: "PEM file of the server's certificate (set TLS_CERT, TLS_KEY and TLS_CLIENT_CA together)",
    parse: existingFile,
  }),
  tlsKeyFile: optional('TLS_KEY', {
    shownDefault: 'unset',
    meaning: 'PEM file of its private key',
    parse: existingFile,
  }),
  tlsClientCaFile: optional('TLS_CLIENT_CA', {
    shownDefault: 'unset: the throwaway CA in TLS_DIR',
    meaning:
      'PEM file of the CA(s) that issue client certificates; a certificate must also be registered (`npm run cli -- cert add`)',
    parse: existingFile,
  }),
  tlsDir: text('TLS_DIR', {
    default: DEFAULTS.tlsDir,
    meaning:
      'where `serve` makes (on first start, and again when expired) a throwaway CA, server and client certificate and registers the client for every organisation, when TLS_CERT is unset',
  }),
  host: withDefault(
    DEFAULTS.host,
    optional('HOST', {
      shownDefault: DEFAULTS.host,
      meaning:
        'address the services listen on: 127.0.0.1 reaches only this machine (development); in production `0.0.0.0` (all IPv4 interfaces), `::` or the address of one interface, behind the TLS-terminating proxy or firewall that is the only peer allowed to reach it',
      parse: listenHost,
    }),
  ),
  publicBaseUrl: optional('PUBLIC_BASE_URL', {
    shownDefault: 'unset: from the Host header',
    meaning:
      'the `scheme://host[:port]` clients reach the services at; when set it is the only address answers point back at (WSDL soap:address, `/services`, WSRM ServiceEndpoint), whatever Host or X-Forwarded-* a request carries',
    parse: baseUrl,
  }),
  trustedProxies: optional('TRUSTED_PROXIES', {
    shownDefault: 'unset: none',
    meaning:
      'IP addresses of reverse proxies whose Forwarded (RFC 7239 proto, host) and X-Forwarded-Proto / X-Forwarded-Host name the address clients use (the WSDL soap:address, WSRM ServiceEndpoint); from any other peer these headers are ignored',
    parse: ipAddresses,
  }),
  maxRequestBytes: integer('MAX_REQUEST_BYTES', {
    default: DEFAULTS.maxRequestBytes,
    min: 1024,
    meaning:
      'largest request body; a larger Content-Length is refused (1014) before the body is read, and a body growing past it while streaming is refused and not buffered',
  }),
  maxConnections: integer('MAX_CONNECTIONS', {
    default: DEFAULTS.maxConnections,
    min: 1,
    meaning: 'open connections the server accepts at once; further connections are closed when they arrive',
  }),
  headersTimeoutMs: integer('HEADERS_TIMEOUT_MS', {
    default: DEFAULTS.headersTimeoutMs,
    min: 100,
    meaning: "time a client has to send a request's headers (HTTP 408 and the connection closed after it)",
  }),
  requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', {
    default: DEFAULTS.requestTimeoutMs,
    min: 100,
    meaning: 'time a client has to send a whole request, body included (at least HEADERS_TIMEOUT_MS)',
  }),
  keepAliveTimeoutMs: integer('KEEP_ALIVE_TIMEOUT_MS', {
    default: DEFAULTS.keepAliveTimeoutMs,
    min: 100,
    meaning: 'how long an idle kept-alive connection stays open (behind a load balancer: longer than its idle timeout)',
  }),
  xmlMaxDepth: integer('XML_MAX_DEPTH', {
    default: DEFAULTS.xmlMaxDepth,
    min: 8,
    meaning: 'deepest element nesting of a request (the Envelope is 1); deeper is refused (1014) before parsing',
  }),
  xmlMaxAttributes: integer('XML_MAX_ATTRIBUTES', {
    default: DEFAULTS.xmlMaxAttributes,
    min: 8,
    meaning: 'attributes of one element, namespace declarations included; more is refused (1014) before parsing',
  }),
  xmlMaxNameLength: integer('XML_MAX_NAME_LENGTH', {
    default: DEFAULTS.xmlMaxNameLength,
    min: 64,
    meaning: 'characters of an element or attribute name, prefix included; longer is refused (1014) before parsing',
  }),
  xmlMaxNodes: integer('XML_MAX_NODES', {
    default: DEFAULTS.xmlMaxNodes,
    min: 100,
    meaning: `elements and attributes of a whole request; more is refused (1014) before parsing. A fault lists at most ${DEFAULTS.faultMaxDetails} validation issues`,
  }),
  metricsToken: optional('METRICS_TOKEN', {
    shownDefault: 'unset: no /metrics',
    meaning:
      'the token GET /metrics requires as `Authorization: Bearer <token>` (at least 16 characters); unset, /metrics answers 404',
    parse: metricsToken,
  }),
  consoleToken: optional('CONSOLE_TOKEN', {
    shownDefault: 'unset: no /console',
    meaning:
      "the token the web console (`/console`: the last requests, a citizen's timeline, an organisation's queues) requires, as `Authorization: Bearer <token>` or through its sign-in form (a cookie); at least 16 characters; unset, /console answers 404 and no request journal is kept",
    parse: metricsToken,
  }),
  uploadStagingDir: optional('UPLOAD_STAGING_DIR', {
    shownDefault: 'unset: `dfdg-uploads` in the system temporary directory',
    parse: absolutePath,
    meaning:
      'the directory a streamed document (NUPH and rehabilitation documents, up to 15 MB) is written to while its request is read and checked, and removed from after the answer; put it on disk, not on a RAM-backed /tmp, when many large uploads run at once',
  }),
  requestJournalSize: integer('REQUEST_JOURNAL_SIZE', {
    default: DEFAULTS.requestJournalSize,
    min: 1,
    max: 100_000,
    meaning:
      'how many of the last requests (with their envelopes) the console keeps in memory, per process; only kept while CONSOLE_TOKEN is set',
  }),
  database,
  businessDate: optional('BUSINESS_DATE', {
    shownDefault: 'unset: today in Europe/Copenhagen',
    meaning: 'test clock: every call is evaluated as of this date YYYY-MM-DD, and no nightly job is scheduled',
    parse: isoDate,
  }),
  logLevel: choice('LOG_LEVEL', {
    values: ['info', 'warn', 'error', 'silent'],
    default: DEFAULTS.logLevel,
    meaning: 'the least severe log events written, as JSON lines on stderr',
  }),
  pushDispatcher: onOff('PUSH_DISPATCHER', {
    default: DEFAULTS.pushDispatcher,
    meaning: 'whether `serve` pushes webservice messages; off: run `npm run cli -- dispatch` apart',
  }),
  plannerEndpoints: optional('PLANNER_ENDPOINTS', {
    shownDefault: 'unset: no jobcentre has a planner; self-booking uses the offers registered in BorgerBookingService',
    meaning:
      "the planner system of each jobcentre that has one: `10100=https://planner.example/3/ExternalBookingService.svc,…`; DFDG asks it for the citizen's self-booking options and times (ExternalBookingService v3)",
    parse: parsePlannerEndpoints,
  }),
  dagpengeMaximumRates: withDefault(
    DEFAULTS.dagpengeMaximumRates,
    optional('DAGPENGE_MAXIMUM_RATES', {
      shownDefault: DEFAULTS.dagpengeMaximumRates.map((r) => `${r.from}=${r.fullTime}/${r.partTime}`).join(','),
      meaning:
        "the maximum dagpenge rates in DKK per month, full-time/part-time insured, each from its date until the next: a dagpengetæller report's RatePerMonth above the member's is refused with 5146 (R-AK-17)",
      parse: parseMaximumRates,
    }),
  ),
  udbEndpoint: optional('UDB_ENDPOINT', {
    shownDefault: 'unset: the messages to UDB stay queued (table udb_message)',
    meaning:
      'the address DFDG posts its messages to Ungedatabasen to (subscriptions, support needs, jobcentre contact), in order, in the nightly `udb` job (R-NOT-15); `npm run cli -- stub-udb` is a stand-in',
    parse: parseHttpUrl,
  }),
  udbTimeoutMs: integer('UDB_TIMEOUT_MS', {
    default: DEFAULTS.udbTimeoutMs,
    min: 100,
    meaning: "longest wait for UDB's answer to one message; past it the message stays queued for the next run",
  }),
  plannerTimeoutMs: integer('PLANNER_TIMEOUT_MS', {
    default: DEFAULTS.plannerTimeoutMs,
    min: 100,
    meaning:
      "longest wait for a planner's answer; past it the citizen's call gets 4769 (no contact with the booking system)",
  }),
  subscriptionAnyPort: onOff('SUBSCRIPTION_ANY_PORT', {
    default: DEFAULTS.subscriptionAnyPort,
    meaning:
      'tests only: subscription endpoints may name another port than 443; off: https on port 443 only, as DFDG requires of WSB endpoints',
  }),
  subscriptionAllowPrivate: onOff('SUBSCRIPTION_ALLOW_PRIVATE', {
    default: DEFAULTS.subscriptionAllowPrivate,
    meaning:
      'tests and local experiments only: subscription endpoints may be IP literals and resolve to loopback, link-local, private, unique-local or CGNAT addresses (a recording subscriber on this machine); off: host names resolving to public addresses only, checked at registration and at every connect',
  }),
  pushClientCertFile: optional('PUSH_CLIENT_CERT', {
    shownDefault: 'unset: no client certificate',
    meaning: 'PEM file of the client certificate the dispatcher presents',
    parse: existingFile,
  }),
  pushClientKeyFile: optional('PUSH_CLIENT_KEY', {
    shownDefault: 'unset',
    meaning: 'PEM file of its private key',
    parse: existingFile,
  }),
  pushCaFile: optional('PUSH_CA', {
    shownDefault: "unset: the system's CAs",
    meaning: 'PEM file of the CA bundle subscriber certificates are checked against',
    parse: existingFile,
  }),
  pushLeaseMs: integer('PUSH_LEASE_MS', {
    default: DEFAULTS.pushLeaseMs,
    min: 1,
    meaning: 'how long a dispatcher holds a receiver before another process may take it over',
  }),
  pushPollMs: integer('PUSH_POLL_MS', {
    default: DEFAULTS.pushPollMs,
    min: 1,
    meaning: "how often a dispatcher looks for other processes' messages and due retries",
  }),
  pushBaseDelayMs: integer('PUSH_BASE_DELAY_MS', {
    default: DEFAULTS.pushBaseDelayMs,
    min: 1,
    meaning: `first retry delay; it doubles per attempt, with full jitter, up to ${DEFAULTS.pushMaxDelayMs / 60_000} minutes`,
  }),
  pushMaxAttempts: integer('PUSH_MAX_ATTEMPTS', {
    default: DEFAULTS.pushMaxAttempts,
    min: 1,
    meaning: 'attempts before a message becomes a dead letter (`npm run cli -- replay-dead`)',
  }),
  outboxRetentionDays: integer('OUTBOX_RETENTION_DAYS', {
    default: DEFAULTS.outboxRetentionDays,
    min: 1,
    meaning:
      "delivered notifications are deleted after this many days (the retention engine's nightly job `retention`, D-217)",
  }),
  auditRetentionDays: integer('AUDIT_RETENTION_DAYS', {
    default: DEFAULTS.auditRetentionDays,
    min: 1,
    meaning:
      "audit events (who read or wrote which citizen's data) are deleted after this many days (the retention engine's nightly job `retention`, D-147)",
  }),
  retentionBatchRows: integer('RETENTION_BATCH_ROWS', {
    default: DEFAULTS.retentionBatchRows,
    min: 1,
    meaning:
      'the deletion engine deletes at most this many rows of a policy per transaction (a citizen erased counts as 1000: one a transaction), so no batch holds its locks long',
  }),
  retentionBudgetMinutes: integer('RETENTION_BUDGET_MINUTES', {
    default: DEFAULTS.retentionBudgetMinutes,
    min: 1,
    meaning:
      "a run of the deletion engine starts no further batch after this long; each policy's outcome says whether it finished, and the next run goes on",
  }),
  escoStarFile: optional('ESCO_STAR_FILE', {
    shownDefault: 'the sample in `codelists/esco-star/`',
    meaning: 'the full ESCO-STAR occupation list (made by `npm run cli -- esco-import`)',
    parse: existingFile,
  }),
  jobCatchUpDays: integer('JOB_CATCH_UP_DAYS', {
    default: DEFAULTS.jobCatchUpDays,
    min: 0,
    meaning:
      "`serve` runs, at start-up and hourly, each nightly job's slots missed since its latest recorded run, at most this many days back, oldest first, each as of its own date (0: none; a job never run: its latest slot)",
  }),
  jobRunTimeoutMinutes: integer('JOB_RUN_TIMEOUT_MINUTES', {
    default: DEFAULTS.jobRunTimeoutMinutes,
    min: 1,
    meaning:
      'a job run still marked running after this long is taken to have died with its process; the next catch-up claims its slot again',
  }),
  jobEverySeconds: optional('JOB_EVERY_SECONDS', {
    shownDefault: "unset: nightly, at each job's time",
    meaning:
      'tests and demonstrations only: every nightly job runs every N seconds (N divides 60), each slot once across processes',
    parse: divisorOfMinute,
  }),
} as const;
