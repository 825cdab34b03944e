// One command per nightly job (src/jobs/nightlyJobs.ts): runs it now, as of the business date (BUSINESS_DATE
// or today), outside the schedule — no slot is claimed — and prints the job's report line.
import { NIGHTLY_JOBS, type NightlyJob } from '../../jobs/nightlyJobs.ts';
import type { Command } from '../command.ts';
import { clockOf } from '../clockOf.ts';

const commandOf = (job: NightlyJob): Command => ({
  name: job.name,
  summary: `${job.summary}; runs it now, as of the business date (serve: nightly at ${job.at})`,
  async run({ config, db }) {
    const context = {
      db: await db(),
      clock: clockOf(config),
      nowMs: Date.now(),
      outboxRetentionDays: config.outboxRetentionDays,
      auditRetentionDays: config.auditRetentionDays,
      udb: config.udbEndpoint ? { endpoint: config.udbEndpoint, timeoutMs: config.udbTimeoutMs } : null,
    };
    console.log(job.report(await job.run(context), context));
    return 0;
  },
});

/** Jobs whose command has options of its own (src/cli/commands/retention.ts). */
const OWN_COMMANDS: ReadonlySet<string> = new Set(['retention']);

export const nightlyJobCommands: readonly Command[] = NIGHTLY_JOBS.filter((j) => !OWN_COMMANDS.has(j.name)).map(
  commandOf,
);
