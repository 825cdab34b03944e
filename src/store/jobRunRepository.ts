// The job_run table (migration 008): claiming a job's slot, recording how its run went, and reading runs.
// Claiming is an INSERT: the primary key (job_name, slot) lets exactly one process's INSERT through and the
// others learn from the key violation that the slot is taken. A run still 'running' that started before
// `staleBeforeMs` is taken to have died with its process (JOB_RUN_TIMEOUT_MINUTES): one conditional UPDATE
// hands it to the next claimant, so of two processes taking it over only one sees its UPDATE count.
import type { Knex } from 'knex';
import { isUniqueViolation } from './uniqueViolation.ts';

export type JobOutcome = 'running' | 'succeeded' | 'failed';

export interface JobRun {
  job: string;
  /** UTC ISO instant. */
  slot: string;
  businessDate: string;
  outcome: JobOutcome;
  owner: string;
  attempt: number;
  startedAt: number;
  endedAt: number | null;
  counts: Record<string, number> | null;
  error: string | null;
}

export interface SlotClaim {
  job: string;
  slot: string;
  businessDate: string;
  owner: string;
  nowMs: number;
  /** A 'running' row that started before this (epoch ms) may be taken over. */
  staleBeforeMs: number;
}

/** True when this process holds the slot and is to run it. */
export async function claimSlot(db: Knex, c: SlotClaim): Promise<boolean> {
  try {
    await db('job_run').insert({
      job_name: c.job,
      slot: c.slot,
      business_date: c.businessDate,
      outcome: 'running',
      owner: c.owner,
      attempt: 1,
      started_at: c.nowMs,
    });
    return true;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  const taken = await db('job_run')
    .where({ job_name: c.job, slot: c.slot, outcome: 'running' })
    .andWhere('started_at', '<', c.staleBeforeMs)
    .update({ owner: c.owner, started_at: c.nowMs, attempt: db.raw('?? + 1', ['attempt']) });
  return Number(taken) === 1;
}

export interface RunEnd {
  job: string;
  slot: string;
  owner: string;
  outcome: 'succeeded' | 'failed';
  endedMs: number;
  counts?: Record<string, number>;
  error?: string;
}

/** Records the end of this owner's run; false when another process took the slot over meanwhile. */
export async function finishRun(db: Knex, e: RunEnd): Promise<boolean> {
  const updated = await db('job_run')
    .where({ job_name: e.job, slot: e.slot, owner: e.owner, outcome: 'running' })
    .update({
      outcome: e.outcome,
      ended_at: e.endedMs,
      counts: e.counts ? JSON.stringify(e.counts) : null,
      error: e.error?.slice(0, 1000) ?? null,
    });
  return Number(updated) === 1;
}

/** The job's latest recorded slot, whatever became of its run; null when it never ran. */
export async function latestSlotOf(db: Knex, job: string): Promise<string | null> {
  const row = (await db('job_run').where({ job_name: job }).max({ slot: 'slot' }).first()) as
    { slot: string | null } | undefined;
  return row?.slot ?? null;
}

/** Whether a run of the job is under way in some process (running, started at or after `staleBeforeMs`). */
export async function hasLiveRun(db: Knex, job: string, staleBeforeMs: number): Promise<boolean> {
  const row = await db('job_run')
    .first('slot')
    .where({ job_name: job, outcome: 'running' })
    .andWhere('started_at', '>=', staleBeforeMs);
  return row !== undefined;
}

/** Slots from `fromSlot` on whose run is still 'running' but started before `staleBeforeMs`. */
export async function staleSlotsOf(db: Knex, job: string, fromSlot: string, staleBeforeMs: number): Promise<string[]> {
  const rows = (await db('job_run')
    .select('slot')
    .where({ job_name: job, outcome: 'running' })
    .andWhere('slot', '>=', fromSlot)
    .andWhere('started_at', '<', staleBeforeMs)
    .orderBy('slot')) as { slot: string }[];
  return rows.map((r) => r.slot);
}

type Row = {
  job_name: string;
  slot: string;
  business_date: string;
  outcome: JobOutcome;
  owner: string;
  attempt: number | string;
  started_at: number | string;
  ended_at: number | string | null;
  counts: string | null;
  error: string | null;
};

const runOf = (r: Row): JobRun => ({
  job: r.job_name,
  slot: r.slot,
  businessDate: r.business_date,
  outcome: r.outcome,
  owner: r.owner,
  attempt: Number(r.attempt),
  startedAt: Number(r.started_at),
  endedAt: r.ended_at === null ? null : Number(r.ended_at),
  counts: r.counts === null ? null : (JSON.parse(r.counts) as Record<string, number>),
  error: r.error,
});

/** Runs newest slot first (then by job name), of one job or all. */
export async function listRuns(db: Knex, filter: { job?: string; limit: number }): Promise<JobRun[]> {
  const query = db('job_run')
    .select('*')
    .orderBy([{ column: 'slot', order: 'desc' }, { column: 'job_name' }])
    .limit(filter.limit);
  if (filter.job) query.where({ job_name: filter.job });
  return ((await query) as Row[]).map(runOf);
}
