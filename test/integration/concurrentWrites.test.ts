// Many writes at once over SOAP, on every dialect (on SQLite they commit in groups, src/store/groupCommit.ts):
// every write is committed when it is answered (checked from another connection, which sees committed rows
// only), a refused one leaves nothing behind, and the others started with it stand, each with its
// notifications.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Knex } from 'knex';
import type soap from 'soap';
import { listOutbox } from '../../src/outbox/outbox.ts';
import { RawSqlite, type TestDialect } from '../support/databases.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
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

/** The citizen's absences as another connection (another process) sees them: committed ones only. On SQLite
 *  never through the app's own connection, which commits an open group before it reads. */
function committedAbsences(db: Knex, dialect: TestDialect): () => Promise<number> {
  if (dialect === 'postgres')
    return async () =>
      Number(((await db('absence').where({ cpr: CPR.member }).count('* as n')) as { n: number | string }[])[0]!.n);
  const file = (db.client.config.connection as { filename: string }).filename;
  return async () => {
    const other = new RawSqlite(file, { readonly: true });
    try {
      const row = (
        other.prepare('select count(*) as n from absence where cpr = ?') as unknown as {
          get(cpr: string): { n: number };
        }
      ).get(CPR.member);
      return row.n;
    } finally {
      other.close();
    }
  };
}

eachDatabase('many writes at once', '2024-02-15', baseScenario, (h, dialect) => {
  test('each write is committed when it is answered; a refused one leaves nothing and the others stand with their notifications', async () => {
    const committed = committedAbsences(h().db, dialect);
    const before = await committed();
    const jc: soap.Client = await h().client('AbsenceRegistrationService', jobcenter());
    const ak: soap.Client = await h().client('AbsenceRegistrationService', akasse('81'));
    let accepted = 0;
    const answeredBeforeCommit: string[] = [];
    const track = async (what: string, call: Promise<unknown>) => {
      await call;
      accepted++;
      const seen = (await committed()) - before;
      if (seen < accepted) answeredBeforeCommit.push(`${what}: answered as write ${accepted}, ${seen} committed`);
    };
    const months = ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09'];
    const outcomes = await Promise.allSettled([
      // two absences 75 at once: R-KF-09 lets one through
      track('75 from 1 March', ak.CreateAbsenceAsync(absence(75, '2024-03-01'))),
      ...months.map((m) => track(`10 in ${m}`, jc.CreateAbsenceAsync(absence(10, `${m}-01`, `${m}-20`)))),
      track('75 from 4 March', ak.CreateAbsenceAsync(absence(75, '2024-03-04'))),
    ]);
    assert.deepEqual(answeredBeforeCommit, [], 'no write is answered before its commit');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    const seventyFives = [outcomes[0]!, outcomes[outcomes.length - 1]!];
    const refused75 = seventyFives.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    assert.equal(refused75.length, 1, 'exactly one of the two absences 75 is accepted');
    assert.equal((await fault(Promise.reject(refused75[0]!.reason))).code, '4983');
    assert.equal(accepted, outcomes.length - refused.length);
    assert.equal((await committed()) - before, accepted, 'exactly the accepted absences are stored');
    const notified = new Set((await listOutbox(h().db, { messageType: 'GetAbsenceVersion7' })).map((m) => m.entityKey));
    assert.equal(notified.size, accepted, 'each accepted absence, and only those, has its notifications');
  });
});
