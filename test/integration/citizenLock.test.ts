// Writes about one citizen run one at a time, on every dialect: a request that writes waits while another
// transaction holds the citizen (PostgreSQL: an advisory lock per citizen; SQLite: the one writer, taken at
// BEGIN), so two overlapping requests cannot both pass a rule the other's write breaks, and their outbox rows
// are numbered in commit order (per receiver and citizen, messages leave in the order their registrations
// committed).
//
// The waiting itself is shown per dialect. On PostgreSQL a request must be seen waiting for the citizen's
// advisory lock (pg_locks) while another transaction holds it. On SQLite a request in this process queues for
// the one connection whatever it is about, so that would prove nothing; what makes several processes on one
// file safe is that a write transaction takes SQLite's write lock at BEGIN (IMMEDIATE), before it reads the
// citizen: shown with a second connection, as another process would have.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Knex } from 'knex';
import type soap from 'soap';
import { loadCitizenStateForUpdate } from '../../src/store/citizenRepository.ts';
import { RawSqlite } from '../support/databases.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { eventually } from '../support/eventually.ts';
import { akasse, fault, jobcenter } from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';

const absence = (type: number, start: string, end?: string) => ({
  Absence: {
    PersonCivilRegistrationIdentifier: CPR.member,
    AbsenceTypeIdentifier: type,
    StartDate: `${start}T00:00:00`,
    ...(end ? { EndDate: `${end}T00:00:00` } : {}),
    NotificationDate: `${start}T00:00:00`,
  },
});

/** Sessions of this database waiting for an advisory lock (PostgreSQL). */
async function advisoryLockWaiters(db: Knex): Promise<number> {
  const { rows } = (await db.raw(
    `select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())`,
  )) as { rows: { n: number }[] };
  return rows[0]!.n;
}

/** Runs `body` inside a transaction that holds `cpr` as a writing request does, until `body` resolves. */
async function holdingCitizen<T>(db: Knex, cpr: string, body: () => Promise<T>): Promise<T> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const isHolding = new Promise<void>((resolve) => (holding = resolve));
  const holder = db.transaction(async (trx) => {
    await loadCitizenStateForUpdate(trx, cpr);
    holding();
    await held;
  });
  await Promise.race([isHolding, holder]);
  try {
    return await body();
  } finally {
    release();
    await holder;
  }
}

eachDatabase('writes about one citizen, one at a time', '2024-02-15', baseScenario, (h, dialect) => {
  if (dialect === 'postgres') {
    test("a write waits for the citizen's advisory lock while another transaction holds the citizen, and goes on when it commits", async () => {
      const client: soap.Client = await h().client('AbsenceRegistrationService', jobcenter());
      let answered = false;
      let call: Promise<unknown> = Promise.resolve();
      await holdingCitizen(h().db, CPR.member, async () => {
        assert.equal(await advisoryLockWaiters(h().db), 0);
        call = client.CreateAbsenceAsync(absence(10, '2024-03-01', '2024-03-29')).finally(() => (answered = true));
        await eventually(async () => {
          if (answered) assert.fail('the request was answered while another transaction held the citizen');
          return (await advisoryLockWaiters(h().db)) === 1;
        }, "the request to wait for the citizen's lock");
        assert.equal(answered, false, 'the second writer waits for the citizen');
      });
      await call;
      assert.equal(answered, true);
      assert.equal(await advisoryLockWaiters(h().db), 0);
    });
  }

  if (dialect === 'sqlite') {
    test("a write transaction holds SQLite's one writer lock from its BEGIN, before it reads the citizen: a writer on another connection (another process) must wait until it commits", async () => {
      const file = (h().db.client.config.connection as { filename: string }).filename;
      const other = new RawSqlite(file, { timeout: 0 }); // fail at once instead of waiting for the lock
      try {
        other.exec('BEGIN IMMEDIATE');
        other.exec('ROLLBACK'); // nobody writes yet: the other connection can take the lock
        await holdingCitizen(h().db, CPR.member, async () => {
          assert.throws(() => other.exec('BEGIN IMMEDIATE'), /database is locked/, 'the other writer must wait');
        });
        other.exec('BEGIN IMMEDIATE'); // committed: the lock is free again
        other.exec('ROLLBACK');
      } finally {
        other.close();
      }
    });
  }

  test('two overlapping requests about one citizen: the second sees the first (R-KF-09: one absence 75 at a time)', async () => {
    const client: soap.Client = await h().client('AbsenceRegistrationService', akasse('81'));
    const outcomes = await Promise.allSettled([
      client.CreateAbsenceAsync(absence(75, '2024-03-01')),
      client.CreateAbsenceAsync(absence(75, '2024-03-04')),
    ]);
    const accepted = outcomes.filter((o) => o.status === 'fulfilled');
    assert.equal(accepted.length, 1, 'exactly one absence 75');
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    assert.equal((await fault(Promise.reject(refused.reason))).code, '4983');
  });
});
