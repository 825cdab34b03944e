// `serve` (npm start): every service on HOST:PORT within the input limits, over HTTPS with client certificates
// (src/cli/serverTls.ts; TLS=off: plain HTTP, with a warning), the push dispatcher unless PUSH_DISPATCHER=off, and
// DFDG's nightly jobs (from a second after it listens) unless a test clock (BUSINESS_DATE) is set — a fixed date is
// not a night that passes. On a signal it stops triggering jobs and lets a run in hand finish before it closes the
// database. With PROCESSES > 1 this process forks that many such `serve` workers on the one port instead
// (src/cli/serveProcesses.ts); a worker's log lines carry its number (`worker`).
import type { Config } from '../../config.ts';
import { startJobScheduler, type JobScheduler, type ScheduleSettings } from '../../jobs/schedule.ts';
import { log, logger } from '../../log.ts';
import { PushDispatcher } from '../../outbox/pushDispatcher.ts';
import type { InputLimits } from '../../soap/inputLimits.ts';
import { closeDatabase } from '../../store/database.ts';
import type { Command } from '../command.ts';
import { clockOf } from '../clockOf.ts';
import { onStopSignal } from '../onStopSignal.ts';
import { pushOptions } from '../pushOptions.ts';
import { isServePrimary, servePrimary, serveWorkerId } from '../serveProcesses.ts';
import { serverTls } from '../serverTls.ts';

const scheduleSettings = (c: Config): ScheduleSettings => ({
  everySeconds: c.jobEverySeconds,
  catchUpDays: c.jobCatchUpDays,
  runTimeoutMinutes: c.jobRunTimeoutMinutes,
  outboxRetentionDays: c.outboxRetentionDays,
  auditRetentionDays: c.auditRetentionDays,
  udb: c.udbEndpoint ? { endpoint: c.udbEndpoint, timeoutMs: c.udbTimeoutMs } : null,
  retentionBatchRows: c.retentionBatchRows,
  retentionBudgetMinutes: c.retentionBudgetMinutes,
});

/** How long after listening a `serve` starts its nightly jobs: loading node-cron, setting up its triggers and the
 *  start-up catch-up's first queries (~0.1 s of CPU) would otherwise come before the first request is answered
 *  (README "Cold start"). The jobs are nightly, and the catch-up runs what was missed meanwhile. */
const JOBS_START_DELAY_MS = 1000;

const inputLimits = (c: Config): InputLimits => ({
  maxRequestBytes: c.maxRequestBytes,
  maxConnections: c.maxConnections,
  headersTimeoutMs: c.headersTimeoutMs,
  requestTimeoutMs: c.requestTimeoutMs,
  keepAliveTimeoutMs: c.keepAliveTimeoutMs,
  maxDepth: c.xmlMaxDepth,
  maxAttributes: c.xmlMaxAttributes,
  maxNameLength: c.xmlMaxNameLength,
  maxNodes: c.xmlMaxNodes,
});

export const serve: Command = {
  name: 'serve',
  summary: "every service on PORT, the push dispatcher and DFDG's nightly jobs (npm start)",
  async run(input) {
    const { config, db } = input;
    if (isServePrimary(config)) return servePrimary(input);
    const worker = serveWorkerId();
    if (worker !== null) logger.setBindings({ worker });
    const database = await db();
    // Imported here, not with the command table: the other commands do not load every service.
    const { createApp } = await import('../../facade.ts');
    const clock = clockOf(config);
    const tls = await serverTls(config, database, clock.nowDateTime());
    if (tls?.notice) console.log(tls.notice);
    const app = createApp(database, clock, {
      trustedProxies: config.trustedProxies ?? [],
      publicBaseUrl: config.publicBaseUrl,
      limits: inputLimits(config),
      planners: { endpoints: config.plannerEndpoints ?? {}, timeoutMs: config.plannerTimeoutMs },
      dagpengeMaximumRates: config.dagpengeMaximumRates,
      tls: tls?.tls ?? null,
      metricsToken: config.metricsToken ?? null,
      consoleToken: config.consoleToken ?? null,
      requestJournalSize: config.requestJournalSize,
      uploadStagingDir: config.uploadStagingDir,
    });
    const url = await app.listen(config.port, config.host);
    if (!tls)
      log('warn', 'server:tls-off', {
        message: 'TLS=off: plain HTTP, no client certificate is asked for, any caller may act for any organisation',
      });
    log('info', 'server:listening', {
      url,
      tls: tls !== null,
      database: config.database.client,
      businessDate: config.businessDate ?? 'today',
    });
    let jobs: Promise<JobScheduler> | null = null;
    const jobsLater = config.businessDate
      ? null
      : setTimeout(() => (jobs = startJobScheduler(database, scheduleSettings(config))), JOBS_START_DELAY_MS);
    // The dispatcher reports to the app's events, so GET /metrics counts its deliveries, retries and dead letters.
    const dispatcher = config.pushDispatcher
      ? new PushDispatcher(database, { ...pushOptions(config), events: app.events })
      : null;
    dispatcher?.start();
    onStopSignal(async () => {
      if (jobsLater) clearTimeout(jobsLater);
      await (await jobs)?.stop();
      await dispatcher?.stop();
      await app.close();
      await closeDatabase(database);
    });
    return 'running';
  },
};
