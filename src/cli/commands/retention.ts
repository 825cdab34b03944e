// `retention [--dry-run] [--date YYYY-MM-DD]`: the deletion engine (src/app/retention/) now, outside the
// schedule (no job_run slot is claimed), as of `--date` or the business date (BUSINESS_DATE or today): one row
// per policy of the registry — its rule id, the rows due (dry run: counted, nothing deleted) or deleted (with
// whether it finished within RETENTION_BUDGET_MINUTES and in how many batches of RETENTION_BATCH_ROWS), and
// what it deletes. Exit 1 when a policy failed (the others still ran). `audit-retention` and `outbox-retention`,
// the nightly jobs before the engine, run their policies of the engine alone and print their former lines.
// `archive-delivered <cpr>` is the archive feed of R-DEL-02.
import { isIsoDate } from '../../domain/dates.ts';
import { runAuditRetention } from '../../app/auditRetention.ts';
import { recordArchiveDelivery } from '../../app/citizen/archiveDelivery.ts';
import { deliveredNotificationRetention } from '../../app/notifications/retention.ts';
import { runRetention, type RetentionRun } from '../../app/retention/engine.ts';
import { retentionPolicies } from '../../app/retention/policies.ts';
import { stringOption, UsageError, type Command } from '../command.ts';
import { clockOf } from '../clockOf.ts';
import { textTable } from '../table.ts';

function reportOf(run: RetentionRun): string {
  if (run.mode === 'dry-run') {
    const rows = run.outcomes.map((o) =>
      o.error === null ? [o.ruleId, String(o.rows), o.what] : [o.ruleId, 'failed', `${o.what} — error: ${o.error}`],
    );
    const head = `retention as of ${run.today}, dry run: rows due, nothing deleted`;
    return `${head}\n${textTable([['rule', 'due', 'what'], ...rows])}`;
  }
  const rows = run.outcomes.map((o) =>
    o.error === null
      ? [o.ruleId, String(o.rows), o.finished ? 'yes' : 'no (budget spent)', String(o.batches), o.what]
      : [o.ruleId, 'failed', '', String(o.batches), `${o.what} — error: ${o.error}`],
  );
  const head = `retention as of ${run.today}: rows deleted, in batches of at most RETENTION_BATCH_ROWS`;
  return `${head}\n${textTable([['rule', 'deleted', 'finished', 'batches', 'what'], ...rows])}`;
}

export const retention: Command = {
  name: 'retention',
  summary:
    'the deletion engine: deletes what each retention policy has due (R-DEL-…, notifications, audit trail), or counts it (--dry-run); serve: nightly at 03:30',
  options: {
    'dry-run': { type: 'boolean', help: 'count what each policy has due; delete nothing' },
    date: { type: 'string', value: 'YYYY-MM-DD', help: 'the business date to run as of (default: the business date)' },
  },
  async run(input) {
    const date = stringOption(input, 'date');
    if (date !== undefined && !isIsoDate(date)) throw new UsageError(`--date must be a date YYYY-MM-DD, got ${date}`);
    const { config } = input;
    const policies = retentionPolicies({
      outboxRetentionDays: config.outboxRetentionDays,
      auditRetentionDays: config.auditRetentionDays,
      nowMs: Date.now(),
    });
    const today = date ?? clockOf(config).today();
    const run = await runRetention(await input.db(), policies, today, input.options['dry-run'] ? 'dry-run' : 'delete', {
      batchRows: config.retentionBatchRows,
      budgetMs: config.retentionBudgetMinutes * 60_000,
      now: Date.now,
    });
    console.log(reportOf(run));
    return run.outcomes.some((o) => o.error !== null) ? 1 : 0;
  },
};

export const auditRetention: Command = {
  name: 'audit-retention',
  summary:
    "deletes audit events older than AUDIT_RETENTION_DAYS and the message identifiers of writes older than 24 hours (the retention engine's D-147 and D-148 alone)",
  async run({ config, db }) {
    const c = await runAuditRetention(await db(), config.auditRetentionDays, clockOf(config));
    console.log(
      `audit retention: ${c.auditEvents} audit event(s) older than ${config.auditRetentionDays} days and ${c.messageIdentifiers} message identifier(s) older than 24 hours deleted`,
    );
    return 0;
  },
};

export const outboxRetention: Command = {
  name: 'outbox-retention',
  summary: "deletes delivered notifications older than OUTBOX_RETENTION_DAYS (the retention engine's D-217 alone)",
  async run({ config, db }) {
    const policy = deliveredNotificationRetention(config.outboxRetentionDays, Date.now());
    const run = await runRetention(await db(), [policy], clockOf(config).today(), 'delete');
    const [outcome] = run.outcomes;
    if (outcome!.error !== null) throw new Error(outcome!.error);
    console.log(
      `outbox retention: ${outcome!.rows} delivered message(s) older than ${config.outboxRetentionDays} days deleted`,
    );
    return 0;
  },
};

export const archiveDelivered: Command = {
  name: 'archive-delivered',
  args: ['<cpr>'],
  summary:
    "R-DEL-02: records that Rigsarkivet received a deceased citizen's data (on --date, default the business date); the retention engine then deletes them",
  options: {
    date: { type: 'string', value: 'YYYY-MM-DD', help: 'the date the archive received the data' },
  },
  async run(input) {
    const [cpr] = input.args;
    const date = stringOption(input, 'date');
    if (date !== undefined && !isIsoDate(date)) throw new UsageError(`--date must be a date YYYY-MM-DD, got ${date}`);
    const outcome = await recordArchiveDelivery(await input.db(), cpr!, date ?? clockOf(input.config).today());
    if (outcome.kind === 'recorded') {
      console.log(`archive delivery of ${cpr!} recorded, delivered on ${outcome.deliveredOn}`);
      return 0;
    }
    console.error(
      outcome.kind === 'unknown-citizen'
        ? `no citizen ${cpr!}`
        : `${cpr!} is not registered as deceased on or before the delivery date`,
    );
    return 1;
  },
};
