// Slots: the instants a job's schedule fires at, computed the way node-cron fires them so that the catch-up
// at start-up and the trigger agree on what a slot is. A nightly job fires at every instant whose Copenhagen
// wall-clock time is its time of day — once a day, except that a time inside the hour DST skips (02:00–03:00
// on the last Sunday of March) has no instant that day and one inside the hour DST repeats (last Sunday of
// October) has two; DFDG's times (00:00–03:30 outside 02:xx) have exactly one. JOB_EVERY_SECONDS (tests)
// fires every N seconds instead, N dividing 60, on whole multiples of N seconds.
// A slot's business date is its date in Copenhagen: yesterday's 00:00 slot caught up today runs as of
// yesterday (R-KF-13 ends absences "the day before the business date").
import { addDays, copenhagenDate, wallClockOf } from '../domain/dates.ts';

export type Cadence = { kind: 'daily'; at: string } | { kind: 'every'; seconds: number };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** node-cron's expression for the cadence (evaluated in Europe/Copenhagen). */
export function cronOf(c: Cadence): string {
  if (c.kind === 'every') return `*/${c.seconds} * * * * *`;
  const [hour, minute] = c.at.split(':').map(Number);
  return `${minute} ${hour} * * *`;
}

/** The slot's key in job_run: the instant in UTC, ISO. */
export const slotKey = (slotMs: number): string => new Date(slotMs).toISOString();

export const businessDateOf = (slotMs: number): string => copenhagenDate(new Date(slotMs));

/** The instants on Copenhagen date `date` whose wall-clock time is `at` (Copenhagen is UTC+1 or UTC+2). */
function instantsOn(date: string, at: string): number[] {
  const asUtc = Date.parse(`${date}T${at}:00Z`);
  return [2, 1]
    .map((hours) => asUtc - hours * 60 * MINUTE_MS)
    .filter((ms) => wallClockOf(new Date(ms).toISOString()) === `${date}T${at}`);
}

/** The latest `limit` slots in (afterMs, untilMs], oldest first. */
export function slotsBetween(c: Cadence, afterMs: number, untilMs: number, limit = Infinity): number[] {
  if (c.kind === 'every') {
    const step = c.seconds * 1000;
    const last = Math.floor(untilMs / step) * step;
    const first = Math.max(Math.floor(afterMs / step) * step + step, last - (Math.min(limit, 1e6) - 1) * step);
    return Array.from({ length: Math.max(0, (last - first) / step + 1) }, (_, i) => first + i * step);
  }
  const slots: number[] = [];
  const lastDay = copenhagenDate(new Date(untilMs));
  for (let day = copenhagenDate(new Date(afterMs)); day <= lastDay; day = addDays(day, 1)) {
    slots.push(...instantsOn(day, c.at).filter((ms) => ms > afterMs && ms <= untilMs));
  }
  return slots.slice(-limit);
}

/** The slot that fired last at or before `nowMs`. */
export function latestSlot(c: Cadence, nowMs: number): number {
  const [latest] = slotsBetween(c, nowMs - 3 * DAY_MS, nowMs, 1);
  return latest!;
}

/**
 * The slots to catch up at start-up, oldest first: those after the job's latest recorded slot within the last
 * `days` days, at most `days` of them; a job that never ran (nothing recorded) only its latest slot — an
 * older one would repeat what the facade before job_run already did. `days` 0: none.
 */
export function missedSlots(c: Cadence, nowMs: number, latestRecordedMs: number | null, days: number): number[] {
  if (days === 0) return [];
  if (latestRecordedMs === null) return [latestSlot(c, nowMs)];
  return slotsBetween(c, Math.max(latestRecordedMs, nowMs - days * DAY_MS), nowMs, days);
}
