// Writes about one citizen run one at a time, on every dialect: a request that writes waits while another
// transaction holds the citizen (PostgreSQL: an advisory lock per citizen; SQLite: the one writer), so two
// overlapping requests cannot both pass a rule the other's write breaks, and their outbox rows are numbered
// in commit order (per receiver and citizen, messages leave in the order their registrations committed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import { loadCitizenStateForUpdate } from '../../src/store/citizenRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, fault, jobcenter } from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';

const absence = (type: number, start: string, end?: string) => ({
  Absence: { PersonCivilRegistrationIdentifier: CPR.member, AbsenceTypeIdentifier: type, StartDate: `${start}T00:00:00`, ...(end ? { EndDate: `${end}T00:00:00` } : {}), NotificationDate: `${start}T00:00:00` },
});

eachDatabase('writes about one citizen, one at a time', '2024-02-15', baseScenario, (h) => {
  test('a write waits while another transaction holds the citizen, and goes on when it commits', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const isHolding = new Promise<void>((resolve) => (holding = resolve));
    const holder = h().db.transaction(async (trx) => {
      await loadCitizenStateForUpdate(trx, CPR.member);
      holding();
      await held;
    });
    await isHolding;
    let answered = false;
    let call: Promise<unknown> = Promise.resolve();
    try {
      const client: soap.Client = await h().client('AbsenceRegistrationService', jobcenter());
      call = client.CreateAbsenceAsync(absence(10, '2024-03-01', '2024-03-29')).finally(() => (answered = true));
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(answered, false, 'the second writer waits for the citizen');
    } finally {
      release();
      await holder;
      await call;
    }
    assert.equal(answered, true);
  });

  test('two overlapping requests about one citizen: the second sees the first (R-KF-09: one absence 75 at a time)', async () => {
    const client: soap.Client = await h().client('AbsenceRegistrationService', akasse('81'));
    const outcomes = await Promise.allSettled([client.CreateAbsenceAsync(absence(75, '2024-03-01')), client.CreateAbsenceAsync(absence(75, '2024-03-04'))]);
    const accepted = outcomes.filter((o) => o.status === 'fulfilled');
    assert.equal(accepted.length, 1, 'exactly one absence 75');
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    assert.equal((await fault(Promise.reject(refused.reason))).code, '4983');
  });
});
