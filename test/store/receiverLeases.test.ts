// Receiver leases of the push dispatcher on each dialect: one claiming statement takes the free, expired
// and own leases of the receivers asked for and skips those another owner holds; renewing and the
// conditional "still held" check fail once another owner has taken over. Without a live SQL Server, its
// claiming statement is checked as text: one UPDATE with UPDLOCK, READPAST, ROWLOCK and OUTPUT.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import knex from 'knex';
import { claimReceivers, claimStatement, heldBy, releaseLease, renewLease } from '../../src/outbox/receiverLeases.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { clearOutbox } from '../support/outbox.ts';

const r = (code: string) => ({ organisationType: 8, organisationCode: code });
const codes = (rs: { organisationCode: string }[]) => rs.map((x) => x.organisationCode);

describeEachDatabase('receiver leases', (db) => {
  test('claiming takes free, expired and own leases in one go and skips those held by another owner', async () => {
    await clearOutbox(db());
    assert.deepEqual(
      codes(await claimReceivers(db(), 'a', [r('1'), r('2')], 1_000, 2_000)),
      ['1', '2'],
      'new receivers are free',
    );
    assert.deepEqual(
      codes(await claimReceivers(db(), 'b', [r('1'), r('2'), r('3')], 1_500, 2_500)),
      ['3'],
      "a's leases run until 2,000",
    );
    assert.deepEqual(
      codes(await claimReceivers(db(), 'a', [r('1'), r('3')], 1_600, 2_600)),
      ['1'],
      'own lease renewed, b holds 3',
    );
    assert.deepEqual(
      codes(await claimReceivers(db(), 'b', [r('1'), r('2')], 2_700, 3_700)),
      ['1', '2'],
      'expired leases are taken over',
    );
  });

  test('a lease taken over is noticed: renewing fails and the held check has no row', async () => {
    await clearOutbox(db());
    await claimReceivers(db(), 'a', [r('1')], 1_000, 2_000);
    const heldByA = async (now: number) => (await heldBy(db(), 'a', r('1'), now)).length === 1;
    assert.ok(await heldByA(1_500));
    assert.ok(await renewLease(db(), 'a', r('1'), 1_500, 2_500));
    assert.ok(!(await heldByA(2_600)), 'ran out');
    await claimReceivers(db(), 'b', [r('1')], 2_600, 3_600);
    assert.ok(!(await renewLease(db(), 'a', r('1'), 2_700, 3_700)), 'b has it now');
    await releaseLease(db(), 'a', r('1'));
    assert.deepEqual(
      codes(await claimReceivers(db(), 'c', [r('1')], 2_800, 3_800)),
      [],
      "a's release does not free b's lease",
    );
    await releaseLease(db(), 'b', r('1'));
    assert.deepEqual(codes(await claimReceivers(db(), 'c', [r('1')], 2_800, 3_800)), ['1']);
  });
});

test('SQL Server: the claim is one UPDATE … WITH (UPDLOCK, READPAST, ROWLOCK) … OUTPUT inserted.…', () => {
  const mssql = knex({ client: 'mssql' });
  const sql = claimStatement(mssql, 'a', [r('1'), r('2')], 1_000, 2_000).toString();
  assert.match(
    sql,
    /^UPDATE l SET \[owner\] = N?'a', \[until\] = 2000\s+OUTPUT inserted\.receiver_org_type, inserted\.receiver_org_code\s+FROM wsb_receiver_lease AS l WITH \(UPDLOCK, READPAST, ROWLOCK\)/,
  );
  assert.match(
    sql,
    /WHERE \(l\.\[until\] < 1000 OR l\.\[owner\] IS NULL OR l\.\[owner\] = N?'a'\) AND \(\(l\.receiver_org_type = 8 AND l\.receiver_org_code = N?'1'\) OR \(l\.receiver_org_type = 8 AND l\.receiver_org_code = N?'2'\)\)$/,
  );
  void mssql.destroy();
});

test('PostgreSQL: the claim skips rows other transactions hold (FOR UPDATE SKIP LOCKED)', () => {
  const pg = knex({ client: 'pg' });
  assert.match(claimStatement(pg, 'a', [r('1')], 1_000, 2_000).toString(), /FOR UPDATE SKIP LOCKED\) AS claimable/);
  void pg.destroy();
});
