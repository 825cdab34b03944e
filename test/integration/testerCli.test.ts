// The tester's view from the command line (issue 10 §3, §4, §9) on the test's database: `rules --date` lists the
// rules in force on a date (R-KF-01 from 1 Jan 2024, R-ABS-01's two periods); `notices` prints what DFDG sent
// citizens as JSON lines, and `--follow` (a process of its own, stopped by SIGTERM) prints a notice written after it
// started; `audit` lists the guest accesses (R-CV-02) newest first. The commands run in-process through the
// command line's own parser (runCli), except the one that must stay running.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import type { Knex } from 'knex';
import { insertAuditEvent } from '../../src/store/auditRepository.ts';
import { insertCitizenNotice } from '../../src/store/contactProcessRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { eventually } from '../support/eventually.ts';
import { runCommand } from '../support/cli.ts';
import { databaseEnvOf, FACADE_MAIN, STARTUP_DEADLINE_MS } from '../support/processes.ts';

const env = (db: Knex) => ({ ...process.env, LOG_LEVEL: 'silent', ...databaseEnvOf(db) });

const notice = (id: string, cpr: string, createdAt: string) => ({
  id,
  cpr,
  channel: 'sms' as const,
  summonsId: '6f1a3c1e-0000-4000-8000-000000000001',
  text: `Din samtale er aflyst (${id})`,
  createdAt,
});

describeEachDatabase('tester commands', (db) => {
  test('rules --date: R-KF-01 is in force from 2024-01-01, not the day before; R-ABS-01 shows the period of the date', async (t) => {
    const before = await runCommand(t, db(), ['rules', '--date', '2023-12-31']);
    const on = await runCommand(t, db(), ['rules', '--date', '2024-01-01']);
    assert.doesNotMatch(before, /^R-KF-01 /m);
    assert.match(on, /^R-KF-01 +2024-01-01 → open +000 §1\.1/m);
    assert.match(on, /^\d+ rule\(s\) in force on 2024-01-01$/m);
    assert.match(on, /^R-ABS-01 +2021-03-15 → open/m);
    assert.match(before.split('\n')[0]!, /rule\(s\) in force on 2023-12-31/);
    assert.match(
      await runCommand(t, db(), ['rules', '--date', '2020-06-01']),
      /^R-ABS-01 +always → before 2021-03-15/m,
    );
    await assert.rejects(runCommand(t, db(), ['rules', '--date', '1 Jan 2024']), /exit 2: --date must be YYYY-MM-DD/);
  });

  test("notices: JSON lines oldest first, one citizen's with --cpr; --follow prints a notice written after it started", async (t) => {
    await db()('citizen_notice').del();
    await db().transaction(async (trx) => {
      await insertCitizenNotice(trx, notice('n2', '0101901234', '2024-03-04T10:00:01+01:00'));
      await insertCitizenNotice(trx, notice('n1', '0101901234', '2024-03-04T10:00:00+01:00'));
      await insertCitizenNotice(trx, notice('n3', '0202902345', '2024-03-04T10:00:02+01:00'));
    });
    const lines = (await runCommand(t, db(), ['notices']))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(
      lines.map((l) => l.id),
      ['n1', 'n2', 'n3'],
    );
    assert.deepEqual(lines[0], {
      createdAt: '2024-03-04T10:00:00+01:00',
      channel: 'sms',
      cpr: '0101901234',
      summonsId: notice('n1', '', '').summonsId,
      text: 'Din samtale er aflyst (n1)',
      id: 'n1',
    });
    assert.deepEqual(
      (await runCommand(t, db(), ['notices', '--cpr', '0202902345']))
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
      ['n3'],
    );

    const follower = spawn(process.execPath, [...FACADE_MAIN, 'notices', '--cpr', '0101901234', '--follow'], {
      env: env(db()),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    follower.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    try {
      // The process starts first: as long as a facade process may take to start on a loaded machine.
      await eventually(
        () => out.split('\n').filter(Boolean).length === 2,
        'the two notices there at start',
        STARTUP_DEADLINE_MS,
      );
      await db().transaction((trx) =>
        insertCitizenNotice(trx, notice('n4', '0101901234', '2024-03-04T11:00:00+01:00')),
      );
      await eventually(() => out.includes('"id":"n4"'), 'the notice written while following');
      assert.deepEqual(
        out
          .trim()
          .split('\n')
          .map((l) => (JSON.parse(l) as { id: string }).id),
        ['n1', 'n2', 'n4'],
      );
    } finally {
      follower.kill('SIGTERM');
      await new Promise((r) => follower.once('exit', r));
    }
  });

  test('audit: the guest accesses, newest first, one citizen with --cpr', async (t) => {
    await db()('audit_event').del();
    const event = (id: string, cpr: string, at: string, dataArea: string) => ({
      id,
      occurredAt: at,
      requestId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      kind: 'guest-access' as const,
      cpr,
      organisationType: 2,
      organisationCode: '81',
      userIdentifier: 'CVR:12345678-UUID:x',
      dataArea,
      detail: { jobOrder: 'j1', memberOf: '99' },
      operation: 'GetCandidatePlacementData',
      certificate: null,
    });
    await insertAuditEvent(db(), event('a1', '0101901234', '2024-03-04T10:00:00+01:00', 'CV'));
    await insertAuditEvent(db(), event('a2', '0101901234', '2024-03-04T10:05:00+01:00', 'HealthLimitations'));
    await insertAuditEvent(db(), event('a3', '0202902345', '2024-03-04T10:10:00+01:00', 'CV'));
    const rows = (await runCommand(t, db(), ['audit', '--cpr', '0101901234'])).trim().split('\n');
    assert.match(rows[0]!, /^when +kind +cpr +organisation/);
    assert.deepEqual(
      rows.slice(1).map((r) => r.split(/ {2,}/).slice(0, 6)),
      [
        ['2024-03-04T10:05:00+01:00', 'guest-access', '0101901234', '2:81', 'CVR:12345678-UUID:x', 'HealthLimitations'],
        ['2024-03-04T10:00:00+01:00', 'guest-access', '0101901234', '2:81', 'CVR:12345678-UUID:x', 'CV'],
      ],
    );
    assert.equal((await runCommand(t, db(), ['audit'])).trim().split('\n').length, 4);
  });
});
