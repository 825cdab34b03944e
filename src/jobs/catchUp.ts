// The catch-up: at `serve` start-up (and hourly after, src/jobs/schedule.ts) each job runs the slots it
// missed while no process was up — those after its latest recorded slot, up to JOB_CATCH_UP_DAYS days back,
// oldest first, each as of its own date — and any slot whose run died (still 'running' after the run
// timeout). Jobs go one after another in the night's order. One job's missed days must run in date order
// (a later day's run first would, for R-KF-13, end an absence a day later than the night it was due), so
// only one process catches a job up: one that finds a run of the job under way elsewhere leaves the job to
// that process, and one that loses a slot's claim leaves the rest of the job's slots to the winner.
import { hasLiveRun, latestSlotOf, staleSlotsOf } from '../store/jobRunRepository.ts';
import type { NightlyJob } from './nightlyJobs.ts';
import { runSlot, type RunnerSettings } from './runSlot.ts';
import { missedSlots, slotKey, type Cadence } from './slots.ts';

const DAY_MS = 86_400_000;

export interface ScheduledJob {
  job: NightlyJob;
  cadence: Cadence;
}

/** The slots of one job to run now, oldest first. */
async function slotsToRun(s: RunnerSettings, { job, cadence }: ScheduledJob, days: number): Promise<number[]> {
  const nowMs = s.now();
  if (await hasLiveRun(s.db, job.name, nowMs - s.runTimeoutMs)) return [];
  const latest = await latestSlotOf(s.db, job.name);
  const missed = missedSlots(cadence, nowMs, latest === null ? null : Date.parse(latest), days);
  const dead =
    days === 0 ? [] : await staleSlotsOf(s.db, job.name, slotKey(nowMs - days * DAY_MS), nowMs - s.runTimeoutMs);
  return [...new Set([...dead.map((slot) => Date.parse(slot)), ...missed])].sort((a, b) => a - b);
}

/** Runs every job's missed slots; how many slots this process ran, per job. */
export async function catchUp(
  s: RunnerSettings,
  jobs: readonly ScheduledJob[],
  days: number,
): Promise<Record<string, number>> {
  const ran: Record<string, number> = {};
  for (const scheduled of jobs) {
    let count = 0;
    for (const slotMs of await slotsToRun(s, scheduled, days)) {
      if (s.stopping() || (await runSlot(s, scheduled.job, slotMs)) === 'taken') break;
      count++;
    }
    ran[scheduled.job.name] = count;
  }
  return ran;
}
