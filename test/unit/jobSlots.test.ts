// Slots of the scheduled jobs as node-cron fires them in Europe/Copenhagen, across both DST changes, and the
// slots the start-up catch-up runs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import cron from 'node-cron';
import {
  businessDateOf,
  cronOf,
  latestSlot,
  missedSlots,
  slotKey,
  slotsBetween,
  type Cadence,
} from '../../src/jobs/slots.ts';

const at = (iso: string) => Date.parse(iso);
const keys = (slots: number[]) => slots.map(slotKey);
const midnight: Cadence = { kind: 'daily', at: '00:00' };

test('a nightly slot is the Copenhagen wall-clock time: 23:00Z in winter, 22:00Z in summer, its date the business date', () => {
  assert.deepEqual(keys(slotsBetween(midnight, at('2024-03-29T12:00:00Z'), at('2024-04-02T12:00:00Z'))), [
    '2024-03-29T23:00:00.000Z',
    '2024-03-30T23:00:00.000Z', // 31 March, the night DST begins (at 01:00Z)
    '2024-03-31T22:00:00.000Z',
    '2024-04-01T22:00:00.000Z',
  ]);
  assert.equal(businessDateOf(at('2024-03-30T23:00:00Z')), '2024-03-31');
  assert.equal(businessDateOf(at('2024-03-31T22:00:00Z')), '2024-04-01');
  assert.deepEqual(
    keys(slotsBetween({ kind: 'daily', at: '03:30' }, at('2024-10-26T00:00:00Z'), at('2024-10-28T00:00:00Z'))),
    ['2024-10-26T01:30:00.000Z', '2024-10-27T02:30:00.000Z'],
  );
});

test('a time in the hour DST skips has no slot that day; one in the hour it repeats has two — as node-cron fires', () => {
  const half = { kind: 'daily', at: '02:30' } as const;
  assert.deepEqual(keys(slotsBetween(half, at('2024-03-30T12:00:00Z'), at('2024-03-31T12:00:00Z'))), []);
  assert.deepEqual(keys(slotsBetween(half, at('2024-10-26T12:00:00Z'), at('2024-10-27T12:00:00Z'))), [
    '2024-10-27T00:30:00.000Z',
    '2024-10-27T01:30:00.000Z',
  ]);
  const task = cron.createTask(cronOf(half), () => {}, { timezone: 'Europe/Copenhagen' });
  for (const slot of ['2024-10-27T00:30:00Z', '2024-10-27T01:30:00Z']) assert.ok(task.match(new Date(slot)), slot);
  assert.ok(!task.match(new Date('2024-03-31T01:30:00Z')), '03:30 CEST is not 02:30');
  void task.destroy();
});

test('cron expressions: nightly minute and hour; every N seconds', () => {
  assert.equal(cronOf({ kind: 'daily', at: '00:05' }), '5 0 * * *');
  assert.equal(cronOf({ kind: 'daily', at: '03:30' }), '30 3 * * *');
  assert.equal(cronOf({ kind: 'every', seconds: 2 }), '*/2 * * * * *');
  for (const c of ['5 0 * * *', '*/2 * * * * *']) assert.ok(cron.validate(c));
});

test('the latest slot at or before now, also just after a DST change', () => {
  assert.equal(slotKey(latestSlot(midnight, at('2024-03-31T21:59:59Z'))), '2024-03-30T23:00:00.000Z');
  assert.equal(slotKey(latestSlot(midnight, at('2024-03-31T22:00:00Z'))), '2024-03-31T22:00:00.000Z');
  assert.equal(
    slotKey(latestSlot({ kind: 'every', seconds: 5 }, at('2024-01-01T10:00:07.500Z'))),
    '2024-01-01T10:00:05.000Z',
  );
});

test('catch-up: the slots after the latest recorded one within the window, oldest first, each with its own date', () => {
  const now = at('2024-04-03T10:00:00Z');
  const missed = missedSlots(midnight, now, at('2024-03-30T23:00:00Z'), 7);
  assert.deepEqual(keys(missed), ['2024-03-31T22:00:00.000Z', '2024-04-01T22:00:00.000Z', '2024-04-02T22:00:00.000Z']);
  assert.deepEqual(missed.map(businessDateOf), ['2024-04-01', '2024-04-02', '2024-04-03']);
  assert.deepEqual(missedSlots(midnight, now, at('2024-04-02T22:00:00Z'), 7), [], 'nothing missed');
});

test('catch-up: at most JOB_CATCH_UP_DAYS days back; a job never recorded runs its latest slot only; 0 days, none', () => {
  const now = at('2024-04-03T10:00:00Z');
  assert.deepEqual(keys(missedSlots(midnight, now, at('2024-01-01T23:00:00Z'), 2)), [
    '2024-04-01T22:00:00.000Z',
    '2024-04-02T22:00:00.000Z',
  ]);
  assert.deepEqual(keys(missedSlots(midnight, now, null, 7)), ['2024-04-02T22:00:00.000Z']);
  assert.deepEqual(missedSlots(midnight, now, null, 0), []);
  const every = missedSlots({ kind: 'every', seconds: 1 }, now, at('2024-01-01T00:00:00Z'), 3);
  assert.deepEqual(
    keys(every),
    ['2024-04-03T09:59:58.000Z', '2024-04-03T09:59:59.000Z', '2024-04-03T10:00:00.000Z'],
    'every N seconds: the last N slots, not a week of them',
  );
});
