// The client coverage report (issue 18 item 4) over SOAP: one jobcentre's accepted call, a call refused by a rule
// and one refused by the contract's schema, counted from the pipeline's request:completed events, added to
// client_call by the collector's flush (twice: the second adds to the first's rows), and reported per operation
// with the documented faults never seen and the first schema issue; another organisation's calls stay out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientReportMarkdown } from '../../src/app/clientReport/markdown.ts';
import { buildClientReport, clientReportOrganisations } from '../../src/app/clientReport/report.ts';
import { clientCallRetention } from '../../src/app/clientReport/retention.ts';
import { addClientCalls } from '../../src/store/clientCallRepository.ts';
import { writeTransaction } from '../../src/store/writeTransaction.ts';
import { runCommand } from '../support/cli.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, fault, jobcenter } from '../support/soapHarness.ts';
import { baseScenario, CPR } from './scenario.ts';

const JOBCENTRE = { organisationType: 8, organisationCode: '10100', since: null };

eachDatabase('client coverage report', '2024-02-15', baseScenario, (h) => {
  test('operations called, faults received, documented faults never received and the first schema deviation', async () => {
    const exempts = await h().client('PersonVisitationStatusService', jobcenter());
    const absences = await h().client('AbsenceRegistrationService', jobcenter());
    await exempts.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    // refused by a rule: absence 77 before it is in force (R-ABS-02, 4987)
    const ruleFault = await fault(
      absences.CreateAbsenceAsync({
        Absence: {
          PersonCivilRegistrationIdentifier: CPR.member,
          AbsenceTypeIdentifier: 77,
          StartDate: '2021-03-01T00:00:00',
          EndDate: '2021-03-20T00:00:00',
          NotificationDate: '2021-03-01T00:00:00',
        },
      }),
    );
    assert.equal(ruleFault.code, '4987');
    // refused by the schema: DateForExempts is no xs:date
    const xsdFault = await fault(
      exempts.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.member, DateForExempts: '15-02-2024' }),
    );
    assert.equal(xsdFault.code, '1014');
    // another organisation's call is not in the jobcentre's report
    await (
      await h().client('PersonVisitationStatusService', akasse('81'))
    ).GetPersonExemptsAsync({
      PersonCivilRegistrationIdentifier: CPR.member,
    });
    await h().app.clientCalls.flush();
    await exempts.GetPersonExemptsAsync({ PersonCivilRegistrationIdentifier: CPR.member });
    await h().app.clientCalls.flush();

    const report = await buildClientReport(h().db, JOBCENTRE);
    assert.equal(report.calls, 4);
    // the harness's client certificate, registered: its RID
    assert.equal(report.certificates.length, 1);
    assert.match(report.certificates[0]!, /^CVR:12345678-UUID:/);
    assert.equal(report.firstDay, '2024-02-15');
    assert.deepEqual(
      report.operations.map((o) => [o.service, o.operation, o.calls, o.answered]),
      [
        ['AbsenceRegistrationService', 'CreateAbsence', 1, 0],
        ['PersonVisitationStatusService', 'GetPersonExempts', 3, 2],
      ],
    );
    const [createAbsence, getPersonExempts] = report.operations;
    assert.deepEqual(createAbsence!.faults, [{ code: '4987', calls: 1, documented: true }]);
    assert.deepEqual(
      createAbsence!.unexercisedFaults.map((f) => f.code),
      [1014, 1001, 1003, 1010, 4317, 4322, 4591, 4988, 4983, 4980],
    );
    assert.deepEqual(createAbsence!.deviations, { calls: 0, example: null });
    assert.deepEqual(getPersonExempts!.faults, [{ code: '1014', calls: 1, documented: true }]);
    assert.deepEqual(
      getPersonExempts!.unexercisedFaults.map((f) => [f.code, f.source]),
      [[1010, 'page: visitation-absence.md §1.2 Fejlkoder (truncated after two rows)']],
    );
    assert.equal(getPersonExempts!.deviations.calls, 1);
    assert.match(getPersonExempts!.deviations.example ?? '', /DateForExempts'.*'15-02-2024'.*xs:date/);

    const markdown = clientReportMarkdown(report);
    assert.match(markdown, /^# Client coverage report: organisation 8:10100$/m);
    assert.match(markdown, /^\| PersonVisitationStatusService \| GetPersonExempts \| 3 \| 2 \| 1014 ×1 \|$/m);
    assert.match(markdown, /^ {2}- 1010 \(page: visitation-absence\.md §1\.2/m);
    assert.match(markdown, /^- PersonVisitationStatusService\.GetPersonExempts: 1 call\(s\); first: .*DateForExempts/m);

    const akasseReport = await buildClientReport(h().db, { organisationType: 2, organisationCode: '81', since: null });
    assert.deepEqual(
      akasseReport.operations.map((o) => [o.operation, o.calls]),
      [['GetPersonExempts', 1]],
    );
    assert.equal((await buildClientReport(h().db, { ...JOBCENTRE, since: '2024-02-16' })).calls, 0);
    assert.deepEqual(await clientReportOrganisations(h().db), [
      { organisationType: 2, organisationCode: '81', calls: 1 },
      { organisationType: 8, organisationCode: '10100', calls: 4 },
    ]);
  });

  test('npm run cli -- client-report prints the same report as Markdown or JSON; --org is required', async (t) => {
    const json = JSON.parse(await runCommand(t, h().db, ['client-report', '--org', '8:10100', '--json']));
    assert.deepEqual(json, JSON.parse(JSON.stringify(await buildClientReport(h().db, JOBCENTRE))));
    assert.equal(json.calls, 4);
    const markdown = await runCommand(t, h().db, ['client-report', '--org', '8:10100', '--since', '2024-02-15']);
    assert.match(markdown, /^# Client coverage report: organisation 8:10100$/m);
    assert.match(markdown, /^- Days counted: 2024-02-15 to 2024-02-15 \(since 2024-02-15\)$/m);
    const later = await runCommand(t, h().db, ['client-report', '--org', '8:10100', '--since', '2024-02-16']);
    assert.match(later, /^- Days counted: no calls \(since 2024-02-16\)\n- Calls: 0 to 0 operation\(s\)$/m);
    await assert.rejects(runCommand(t, h().db, ['client-report']), /--org TYPE:CODE is required/);
  });

  test('D-304: counts of days more than 180 days before the business date are deleted by the retention policy', async () => {
    const row = { organisationType: 7, organisationCode: '999', certificate: '', service: 'S', operation: 'O' };
    const counts = [
      { ...row, day: '2023-08-18', faultCode: '', calls: 2, deviations: 0, deviationExample: null },
      { ...row, day: '2023-08-19', faultCode: '1014', calls: 1, deviations: 1, deviationExample: 'x' },
    ];
    await writeTransaction(h().db, (trx) => addClientCalls(trx, counts));
    // 2024-02-15 - 180 days = 2023-08-19: the day before is due, that day is kept
    assert.equal(await clientCallRetention.countDue(h().db, '2024-02-15'), 1);
    assert.equal(await writeTransaction(h().db, (trx) => clientCallRetention.deleteDue(trx, '2024-02-15')), 1);
    const left = await buildClientReport(h().db, { organisationType: 7, organisationCode: '999', since: null });
    assert.equal(left.firstDay, '2023-08-19');
    assert.deepEqual(left.operations[0]!.deviations, { calls: 1, example: 'x' });
  });

  test("D-304 in the engine's batches: whole days, oldest first, until the limit is reached", async () => {
    const row = { organisationType: 7, organisationCode: '998', certificate: '', service: 'S', operation: 'O' };
    const day = (d: string, faultCode: string) => ({
      ...row,
      day: d,
      faultCode,
      calls: 1,
      deviations: 0,
      deviationExample: null,
    });
    await writeTransaction(h().db, (trx) =>
      addClientCalls(trx, [
        day('2023-01-01', ''),
        day('2023-01-01', '1014'),
        day('2023-01-02', ''),
        day('2023-01-03', ''),
      ]),
    );
    const batch = () => writeTransaction(h().db, (trx) => clientCallRetention.deleteDue(trx, '2024-02-15', 2));
    assert.equal(await batch(), 2, 'the oldest day, whole');
    assert.equal(await batch(), 2, 'the next two days (one row each)');
    assert.equal(await batch(), 0, 'nothing due: finished');
  });
});
