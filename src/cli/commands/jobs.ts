// `jobs [--job NAME] [--limit N]`: the scheduled runs recorded in job_run, newest slot first — which process
// ran which night, how it went and what it did. Times are Copenhagen's.
import { copenhagenDateTime } from '../../domain/dates.ts';
import { NIGHTLY_JOBS } from '../../jobs/nightlyJobs.ts';
import { listRuns, type JobRun } from '../../store/jobRunRepository.ts';
import { numberOption, stringOption, UsageError, type Command, type CommandInput } from '../command.ts';
import { textTable } from '../table.ts';

const NAMES = NIGHTLY_JOBS.map((j) => j.name);

/** Copenhagen time to the second, with its offset. */
const local = (ms: number | null) => (ms === null ? '-' : copenhagenDateTime(new Date(ms)).replace(/\.\d{3}/, ''));

const cellsOf = (r: JobRun): string[] => [
  r.job,
  local(Date.parse(r.slot)),
  r.attempt > 1 ? `${r.outcome} (attempt ${r.attempt})` : r.outcome,
  local(r.startedAt),
  local(r.endedAt),
  r.error !== null ? `error: ${r.error}` : JSON.stringify(r.counts ?? {}),
];

function filterOf(input: CommandInput) {
  const job = stringOption(input, 'job');
  if (job !== undefined && !NAMES.includes(job))
    throw new UsageError(`--job must be one of ${NAMES.join(', ')}; got ${job}`);
  const limit = numberOption(input, 'limit', 20);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a whole number from 1, got ${limit}`);
  return { job, limit };
}

export const jobs: Command = {
  name: 'jobs',
  summary: 'lists the scheduled runs of the nightly jobs, newest first: slot, outcome, start, end, counts',
  options: {
    job: { type: 'string', value: 'NAME', help: `only this job's runs (${NAMES.join(', ')})` },
    limit: { type: 'string', value: 'N', help: 'at most N runs (default 20)' },
  },
  async run(input) {
    const filter = filterOf(input); // a usage error before the database is opened
    const runs = await listRuns(await input.db(), filter);
    if (runs.length === 0) console.log('no job runs recorded');
    else console.log(textTable([['job', 'slot', 'outcome', 'started', 'ended', 'counts'], ...runs.map(cellsOf)]));
    return 0;
  },
};
