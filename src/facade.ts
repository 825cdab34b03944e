// The composition root: one database, one compiled contract validator, one clock, one logger, one event bus and
// metrics registry per facade instance, all services.
import type { Knex } from 'knex';
import { Registry } from './observability/metrics.ts';
import type { Clock } from './clock.ts';
import { ContractValidator } from './contract/validator.ts';
import { logger as defaultLogger, type Logger } from './log.ts';
import { DfdgEvents } from './observability/events.ts';
import { RequestJournal } from './observability/requestJournal.ts';
import { registerOutboxMetrics } from './outbox/outboxMetrics.ts';
import { PlannerDirectory, type PlannerSettings } from './outbound/externalBooking/planners.ts';
import { DEFAULTS } from './config/defaults.ts';
import type { MaximumRates } from './rules/index.ts';
import { services } from './services/index.ts';
import { citizenReaderFor } from './store/citizenReader.ts';
import { registerRequestMetrics } from './soap/requestMetrics.ts';
import { recordClientCalls, type ClientCallRecorder } from './app/clientReport/recorder.ts';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from './soap/inputLimits.ts';
import { createHttpServer, type FacadeServer, type TlsMaterial } from './soap/server.ts';

export interface App {
  server: FacadeServer;
  validator: ContractValidator;
  /** This instance's events: a push dispatcher in the same process reports here, so /metrics counts it. */
  events: DfdgEvents;
  metrics: Registry;
  /** The client coverage report's counts of this instance (added to client_call every few seconds and at close). */
  clientCalls: ClientCallRecorder;
  /** Listens on `port` (0 = any free port) on 127.0.0.1 unless `host` is given; resolves to the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Where the request lines go (tests pass a capturing logger); the process logger by default. */
  logger?: Logger;
  /** TRUSTED_PROXIES: peers whose X-Forwarded-Proto / X-Forwarded-Host are believed; none by default. */
  trustedProxies?: readonly string[];
  /** PLANNER_ENDPOINTS / PLANNER_TIMEOUT_MS: the jobcentres' planner systems (none by default). */
  planners?: PlannerSettings;
  /** DAGPENGE_MAXIMUM_RATES: the dated maxima of RatePerMonth (R-AK-17); DEFAULTS.dagpengeMaximumRates if absent. */
  dagpengeMaximumRates?: readonly MaximumRates[];
  /** HTTPS with client certificates (the server's certificate and key, the CA of the clients'); absent or null:
   *  plain HTTP, every caller anonymous (TLS=off). */
  tls?: TlsMaterial | null;
  /** PUBLIC_BASE_URL: the address answers point back at, whatever the request's Host; unset by default. */
  publicBaseUrl?: string | null;
  /** Request size, XML shape, timeouts and connection cap; DEFAULTS (src/config/defaults.ts) for any not given. */
  limits?: Partial<InputLimits>;
  /** METRICS_TOKEN: the Bearer token GET /metrics requires; without one /metrics answers 404. */
  metricsToken?: string | null;
  /** CONSOLE_TOKEN: the token the web console (/console) requires; without one /console answers 404 and no request
   *  journal is kept (the pipeline then hands over no envelopes). */
  consoleToken?: string | null;
  /** REQUEST_JOURNAL_SIZE: the requests the console's journal keeps; DEFAULTS.requestJournalSize if absent. */
  requestJournalSize?: number;
  /** UPLOAD_STAGING_DIR: where streamed documents wait while their request is read; UPLOAD_STAGING_DIR of
   *  src/soap/documentUpload.ts if absent. */
  uploadStagingDir?: string | null;
  /** A validator compiled from xsd/ already (the tests share one per process: compiling costs ~0.25 s of CPU);
   *  the caller keeps it and disposes of it. Absent: the app compiles its own. */
  validator?: ContractValidator;
}

export function createApp(db: Knex, clock: Clock, options: AppOptions = {}): App {
  const validator = options.validator ?? ContractValidator.compile();
  const citizens = citizenReaderFor(db);
  const events = new DfdgEvents();
  const metrics = new Registry();
  registerRequestMetrics(metrics, events);
  registerOutboxMetrics(metrics, db, clock, events);
  const clientCalls = recordClientCalls(db, events, clock);
  const limits = { ...DEFAULT_INPUT_LIMITS, ...options.limits };
  const consoleToken = options.consoleToken ?? null;
  const journal =
    consoleToken === null
      ? null
      : new RequestJournal(options.requestJournalSize ?? DEFAULTS.requestJournalSize).listen(events);
  const server = createHttpServer(
    services,
    {
      db,
      citizens,
      validator,
      clock,
      logger: options.logger ?? defaultLogger,
      events,
      xmlLimits: limits,
      planners: new PlannerDirectory(
        options.planners ?? { endpoints: {}, timeoutMs: DEFAULTS.plannerTimeoutMs },
        validator,
      ),
      dagpengeMaximumRates: options.dagpengeMaximumRates ?? DEFAULTS.dagpengeMaximumRates,
      keepEnvelopes: journal !== null,
    },
    metrics,
    {
      trustedProxies: options.trustedProxies ?? [],
      publicBaseUrl: options.publicBaseUrl ?? null,
      limits,
      tls: options.tls ?? null,
      metricsToken: options.metricsToken ?? null,
      console: { token: consoleToken, journal },
      uploadStagingDir: options.uploadStagingDir ?? null,
    },
  );
  const scheme = options.tls ? 'https' : 'http';
  return {
    server,
    validator,
    events,
    metrics,
    clientCalls,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(`${scheme}://${host}:${typeof address === 'object' && address ? address.port : port}`);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          if (!options.validator) validator.dispose();
          void clientCalls
            .close()
            .then(() => citizens.close())
            .then(resolve);
        });
      }),
  };
}
