// Absence writes about a citizen with a long history (issue 13, one citizen): an absence write loads only the
// absences its rules read (the absence rule set's `absenceChangeReads`: absences 75, through the operation's
// `absenceTypes`), not the whole history. These prove each rule still sees what it needs among hundreds of
// absences it does not load — an old absence 75 still refuses an overlapping one (R-KF-09, 4983), an old absence's
// own type still decides its deletion (R-ABS-01) — and that the reads still answer the whole history.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type soap from 'soap';
import type { Knex } from 'knex';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, jobcenter, refusedWithoutWrites } from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';

const dt = (d: string) => `${d}T00:00:00`;
const OTHER_ABSENCES = 400;
const OLD_75 = '3f2504e0-4f89-41d3-9a0c-000000007500';
const OLD_10 = '3f2504e0-4f89-41d3-9a0c-000000001000';

/** The member's history: OTHER_ABSENCES one-day holidays (absence 10) from 2019 on, and among them the a-kasse's
 *  absence 75 of the year 2020 — older than most of them, so a load of "the latest N" would miss it. */
async function longHistory(db: Knex): Promise<void> {
  const row = (id: string, type: number, start: string, end: string) => ({
    id,
    cpr: CPR.member,
    absence_type: type,
    start_date: start,
    end_date: end,
    notification_date: start,
    comment: null,
    end_reason: null,
    active: true,
    created_by_dfdg: false,
    registered_by_kind: 'authority',
    registered_by_org_type: type === 75 ? 2 : 8,
    registered_by_org_code: type === 75 ? '81' : '10100',
    registered_by_user: 'CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    registered_by_user_type: 2,
    registered_by_process: null,
    registered_on: start,
    deleted_on: null,
  });
  const days = Array.from({ length: OTHER_ABSENCES }, (_, i) =>
    new Date(Date.UTC(2019, 0, 1) + i * 4 * 86_400_000).toISOString().slice(0, 10),
  );
  const rows = days.map((d, i) =>
    row(i === 0 ? OLD_10 : `3f2504e0-4f89-41d3-9a0c-1${String(i).padStart(11, '0')}`, 10, d, d),
  );
  rows.push(row(OLD_75, 75, '2020-01-01', '2020-12-31'));
  for (let i = 0; i < rows.length; i += 50) await db('absence').insert(rows.slice(i, i + 50));
}

async function create(c: soap.Client, type: number, start: string, end?: string): Promise<string> {
  const [res] = await c.CreateAbsenceAsync({
    Absence: {
      PersonCivilRegistrationIdentifier: CPR.member,
      AbsenceTypeIdentifier: type,
      StartDate: dt(start),
      ...(end ? { EndDate: dt(end) } : {}),
      NotificationDate: dt(start),
    },
  });
  return res.ServiceReceipt.MessageIdentifier;
}

async function absenceCount(c: soap.Client): Promise<number> {
  const [got] = await c.GetAbsenceAsync({ PersonCivilRegistrationIdentifier: CPR.member });
  return (got.AbsenceCollection?.Absence ?? []).length;
}

eachDatabase('absence writes about a citizen with a long history', '2024-02-15', baseScenario, (h) => {
  test('R-KF-09: an absence 75 overlapping the old one among 400 holidays is refused, on create and on update; one after it is accepted', async () => {
    await longHistory(h().db);
    const ak = await h().client('AbsenceRegistrationService', akasse('81'));
    // The old absence 75 is the history's only one: it is what refuses.
    await refusedWithoutWrites(h().db, () => create(ak, 75, '2020-06-01', '2020-06-30'), '4983');
    const id = await create(ak, 75, '2024-01-10');
    await refusedWithoutWrites(
      h().db,
      () =>
        ak.UpdateAbsenceAsync({
          Absence: {
            AbsenceIdentifier: id,
            PersonCivilRegistrationIdentifier: CPR.member,
            AbsenceTypeIdentifier: 75,
            StartDate: dt('2020-12-31'),
            NotificationDate: dt('2024-01-10'),
          },
        }),
      '4983',
    );
    // A holiday on the old absence 75's days is no absence 75: R-KF-09 does not look at it.
    await create(ak, 10, '2020-06-01', '2020-06-01');
    assert.equal(await absenceCount(ak), OTHER_ABSENCES + 3);
  });

  test('R-ABS-01: deleting the old absence 75 is refused (4984), deleting an old holiday is accepted; the reads answer the whole history', async () => {
    await longHistory(h().db);
    const jc = await h().client('AbsenceRegistrationService', jobcenter());
    const remove = (id: string) =>
      jc.DeleteAbsenceAsync({
        AbsenceIdentifier: id,
        PersonCivilRegistrationIdentifier: CPR.member,
        CorrectionComment: 'Fejlregistrering',
      });
    await refusedWithoutWrites(h().db, () => remove(OLD_75), '4984');
    await remove(OLD_10);
    assert.equal(await absenceCount(jc), OTHER_ABSENCES);
    const status = await h().client('AbsenceActiveStatusService', jobcenter());
    await status.UpdateAbsenceActiveStatusAsync({
      AbsenceActiveStatus: {
        AbsenceIdentifier: `3f2504e0-4f89-41d3-9a0c-1${String(1).padStart(11, '0')}`,
        PersonCivilRegistrationIdentifier: CPR.member,
        Active: false,
        CorrectionComment: 'Fejlregistrering',
      },
    });
    const [got] = await jc.GetAbsenceAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    const absences = got.AbsenceCollection.Absence as { AbsenceIdentifier: string; Active: unknown }[];
    assert.equal(absences.length, OTHER_ABSENCES);
    assert.deepEqual(
      absences.filter((a) => String(a.Active) === 'false').map((a) => a.AbsenceIdentifier),
      [`3f2504e0-4f89-41d3-9a0c-1${String(1).padStart(11, '0')}`],
    );
  });
});
