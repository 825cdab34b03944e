// Self-booking as DFDG does it (booking-frist.md §1, §3, §4): Jobnet calls JobnetCitizenStatusService v10 with the
// citizen's CPR in the CivilRegistrationIdentifier header, and DFDG passes GetSelfbookInterviewOptions and
// GetSelfbookTimeslots through to the planner of the citizen's jobcentre (ExternalBookingService v3, here the stub
// planner over real HTTP). A failing planner gives 4769 (+9018) or 9303 (+9329) and nothing is written. A
// jobcentre without a planner (10100 here) is answered from the offers registered in BorgerBookingService, and
// the citizen books them through JCSS v10 as a self-booked summons.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, beforeEach, test } from 'node:test';
import type soap from 'soap';
import { SAMPLE_OPTION, StubPlanner } from '../../src/cli/stubPlanner.ts';
import { ContractValidator } from '../../src/contract/validator.ts';
import { DfdgFault } from '../../src/faults/catalogue.ts';
import { ExternalBookingClient } from '../../src/outbound/externalBooking/client.ts';
import { setImmediateBooking } from '../../src/store/contactProcessRepository.ts';
import { FACADE_MAIN, killed } from '../support/processes.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { jobcenter, jobnetCitizen, postRaw, refusedWithoutWrites, type Caller } from '../support/soapHarness.ts';
import { activeOrganisationHeader, requestUserMetadataHeader } from '../support/soapHarness.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { frist, getSummons, list, moedetilbud, newId } from './contactProcessCalls.ts';

const JCSS = 'JobnetCitizenStatusService';
const CRI = 'http://service.bm.dk/pjaktass/2024/12/01/CivilRegistrationIdentifierHeader/';
const ON_PLANNER = '2101851131'; // jobcentre 20200, whose planner is the stub
const PLANNER_DOWN = '2201851132'; // jobcentre 20300, whose planner does not answer
const DEPRIVED = '2301851133'; // jobcentre 20200, absence 57 'Frataget ret til selvbook' active
const CV = { builtIn: '11110001', onPlanner: '11110002', down: '11110003', deprived: '11110004' };
const NOT_KNOWN = '3112991234';

const ABSENCES_12 =
  '[{ absenceType: 12, startDate: 2024-02-01, endDate: 2024-02-02 }, { absenceType: 12, startDate: 2024-04-01, endDate: null }]';
const citizenIn = (cpr: string, jobcentre: string, cv: string, absences = ABSENCES_12) => `
  - cpr: "${cpr}"
    birthDate: 1985-01-01
    jobcenterCode: "${jobcentre}"
    memberships: [{ akasseCode: "99", startDate: 2015-01-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2024-01-10, endDate: null, endReason: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10, endDate: null }]
    absences: ${absences}
    cv: { customerNumber: "${cv}" }`;

const scenario =
  contactProcessScenario.replace(
    `  - cpr: "${KP.afterPeriod}"\n`,
    `  - cpr: "${KP.afterPeriod}"\n    cv: { customerNumber: "${CV.builtIn}" }\n`,
  ) +
  citizenIn(ON_PLANNER, '20200', CV.onPlanner) +
  citizenIn(PLANNER_DOWN, '20300', CV.down) +
  citizenIn(DEPRIVED, '20200', CV.deprived, '[{ absenceType: 57, startDate: 2024-03-01, endDate: null }]') +
  '\n';

const planner = new StubPlanner();
const plannerUrl = await planner.listen(0);
/** A port nobody listens on. */
const closedPort = await new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});
const TIMEOUT_MS = 400;
/** Jobnet as a system: GetSelfbookTimeslots names its citizen by CV customer number, not as the user (D-133). */
const JOBNET_SYSTEM: Caller = { organisationType: 1, organisationCode: 'JOBNET', userType: 3 };
after(() => planner.close());

/** Jobnet acting for the citizen, the CPR in the header. */
async function jobnet(client: (s: string, c: Caller) => Promise<soap.Client>, cpr: string): Promise<soap.Client> {
  const c = await client(JCSS, jobnetCitizen(cpr));
  c.addSoapHeader(`<cri:CivilRegistrationIdentifier xmlns:cri="${CRI}">${cpr}</cri:CivilRegistrationIdentifier>`);
  return c;
}

eachDatabase(
  'JobnetCitizenStatusService v10 and the planner (ExternalBookingService v3)',
  '2024-03-04',
  scenario,
  (h) => {
    beforeEach(() => {
      planner.behaviour = { mode: 'answer', delayMs: 0, faultCode: 4770, options: [SAMPLE_OPTION], slotsPerOption: 3 };
      planner.received.length = 0;
    });
    const fromPlanner = (cpr: string) => jobnet((s, c) => h().client(s, c), cpr);

    test('GetBorgerstatus: SelfBookingPossible, the deadlines and ImmediateBookingRequired of the header CPR', async () => {
      await (
        await h().client('Kontaktforloeb.FristService', jobcenter())
      ).CreateFristAsync({
        PersonCivilRegistrationIdentifier: KP.afterPeriod,
        InterviewDeadline: frist(7, '2024-03-04', '2024-03-14', '2024-03-29'),
      });
      const [res] = await (await fromPlanner(KP.afterPeriod)).GetBorgerstatusAsync({});
      assert.equal(String(res.SelfBookingPossible), 'true');
      assert.equal(String(res.ImmediateBookingRequired), 'false');
      const [deadline] = list<any>(res.InterviewDeadlineCollection.InterviewDeadline);
      assert.deepEqual(
        [Number(deadline.InterviewTypeIdentifier), deadline.InterviewDeadlineDate, deadline.InterviewDateLimit],
        [7, '2024-03-14', '2024-03-29'],
      );
      const [akasse] = await (await fromPlanner(KP.akassePeriod)).GetBorgerstatusAsync({});
      assert.equal(String(akasse.SelfBookingPossible), 'false', 'R-MTG-14: the a-kasse has the contact process');
    });

    test('GetBorgerstatus: an unknown CPR is 1010; the other operations answer 8111 "STAR Foundation Ukendt personnummer"', async () => {
      await refusedWithoutWrites(h().db, async () => (await fromPlanner(NOT_KNOWN)).GetBorgerstatusAsync({}), '1010');
      const f = await refusedWithoutWrites(
        h().db,
        async () => (await fromPlanner(NOT_KNOWN)).GetSelfbookInterviewOptionsAsync({}),
        '8111',
      );
      assert.equal(f.text, 'STAR Foundation Ukendt personnummer');
    });

    test("GetSelfbookInterviewOptions is passed through to the jobcentre's planner with the citizen's data", async () => {
      const [res] = await (await fromPlanner(ON_PLANNER)).GetSelfbookInterviewOptionsAsync({});
      const options = list<any>(res.JobnetInterviewOptionCollection.InterviewOption);
      assert.deepEqual(
        options.map((o) => o.InterviewOptionIdentifier),
        [SAMPLE_OPTION.InterviewOptionIdentifier],
      );
      assert.equal(options[0].MoedeTitel, SAMPLE_OPTION.MoedeTitel);
      assert.equal(planner.received.length, 1);
      const sent = planner.received[0]!.request as Record<string, any>;
      assert.equal(planner.received[0]!.operation, 'GetSelfbookInterviewOptions');
      assert.equal(sent.PersonCivilRegistrationIdentifier, ON_PLANNER);
      assert.equal(sent.JobCenterCode, '20200');
      assert.equal(sent.ContactGroupTypeIdentifier, 1);
      assert.equal(sent.HasExternalOperatorReferral, false);
      assert.deepEqual(
        sent.AbsenceCollection.Absence.map((a: any) => a.AbsenceStartDate),
        ['2024-04-01'],
        'only absences not yet ended',
      );
    });

    test('GetSelfbookTimeslots names the citizen by CV customer number and is passed through to the planner; 4400 for an unknown number', async () => {
      const c = await h().client(JCSS, JOBNET_SYSTEM);
      const [res] = await c.GetSelfbookTimeslotsAsync({
        CvCustomerIdentifier: CV.onPlanner,
        InterviewOptionID: SAMPLE_OPTION.InterviewOptionIdentifier,
        BookingOptionIntervalStartTime: '2024-03-20T08:30:00Z',
        BookingOptionIntervalEndTime: '2024-03-20T10:00:00Z',
      });
      assert.deepEqual(
        list<any>(res.BookingTimeslotCollection.BookingTimeslot).map((t) => t.StartTime),
        ['2024-03-20T09:00:00.000Z', '2024-03-20T10:00:00.000Z'],
      );
      const sent = planner.received[0]!.request as Record<string, any>;
      assert.equal(sent.PersonCivilRegistrationIdentifier, ON_PLANNER);
      assert.equal(sent.JobCenterCode, '20200');
      const f = await refusedWithoutWrites(
        h().db,
        () =>
          c.GetSelfbookTimeslotsAsync({
            CvCustomerIdentifier: '99999999',
            InterviewOptionID: SAMPLE_OPTION.InterviewOptionIdentifier,
            BookingOptionIntervalStartTime: '2024-03-20T08:00:00Z',
            BookingOptionIntervalEndTime: '2024-03-20T10:00:00Z',
          }),
        '4400',
      );
      assert.equal(f.text, 'CV Customer Number is unknown');
    });

    for (const mode of ['fail', 'drop'] as const) {
      test(`a planner that answers ${mode === 'fail' ? 'HTTP 503' : 'nothing (connection dropped)'}: 4769 with 9018, nothing written`, async () => {
        planner.behaviour.mode = mode;
        const f = await refusedWithoutWrites(
          h().db,
          async () => (await fromPlanner(ON_PLANNER)).GetSelfbookInterviewOptionsAsync({}),
          '4769',
        );
        assert.equal(f.text, 'Der er ikke kontakt med jobcentrets bookingsystem');
        assert.match(f.body, /9018 The connection to an external bookingsystem could not be established/);
      });
    }

    test('a planner that is down (nothing listens) or slower than PLANNER_TIMEOUT_MS: 4769', async () => {
      const down = await refusedWithoutWrites(
        h().db,
        async () => (await fromPlanner(PLANNER_DOWN)).GetSelfbookInterviewOptionsAsync({}),
        '4769',
      );
      assert.match(down.body, /9018/);
      planner.behaviour.delayMs = TIMEOUT_MS * 3;
      const slow = await refusedWithoutWrites(
        h().db,
        async () => (await fromPlanner(ON_PLANNER)).GetSelfbookInterviewOptionsAsync({}),
        '4769',
      );
      assert.match(slow.body, new RegExp(`no answer within ${TIMEOUT_MS} ms`));
    });

    for (const mode of ['garbage', 'invalid'] as const) {
      test(`a planner whose answer breaks the WSDL contract (${mode}): 9303 with 9329, nothing written`, async () => {
        planner.behaviour.mode = mode;
        const f = await refusedWithoutWrites(
          h().db,
          async () => (await fromPlanner(ON_PLANNER)).GetSelfbookInterviewOptionsAsync({}),
          '9303',
        );
        assert.equal(f.text, 'Systemfejl i kontakten med jobcentrets bookingsystem');
        assert.match(f.body, /9329 Response from external planner system violated the wsdl contract/);
      });
    }

    test('GetSelfbookTimeslots through a failing planner: 4769 when it is down, 9303 when it answers garbage', async () => {
      const c = await h().client(JCSS, JOBNET_SYSTEM);
      const ask = (cv: string) => () =>
        c.GetSelfbookTimeslotsAsync({
          CvCustomerIdentifier: cv,
          InterviewOptionID: SAMPLE_OPTION.InterviewOptionIdentifier,
          BookingOptionIntervalStartTime: '2024-03-20T08:00:00Z',
          BookingOptionIntervalEndTime: '2024-03-20T10:00:00Z',
        });
      await refusedWithoutWrites(h().db, ask(CV.down), '4769');
      planner.behaviour.mode = 'garbage';
      await refusedWithoutWrites(h().db, ask(CV.onPlanner), '9303');
    });

    test('R-MTG-14 / absence 57: a citizen who may not self-book gets 4770 and the planner is not asked', async () => {
      await refusedWithoutWrites(
        h().db,
        async () => (await fromPlanner(DEPRIVED)).GetSelfbookInterviewOptionsAsync({}),
        '4770',
      );
      assert.deepEqual(planner.received, []);
    });

    test('R-MTG-09: during straksbooking only the planner options of the interview type that caused the deregistration are shown', async () => {
      const type17 = { ...SAMPLE_OPTION, InterviewOptionIdentifier: newId(), InterviewTypeIdentifier: 17 };
      planner.behaviour.options = [SAMPLE_OPTION, type17];
      const shown = async () =>
        list<any>(
          (await (await fromPlanner(ON_PLANNER)).GetSelfbookInterviewOptionsAsync({}))[0]
            .JobnetInterviewOptionCollection.InterviewOption,
        ).map((o) => Number(o.InterviewTypeIdentifier));
      assert.deepEqual(await shown(), [7, 17]);
      await h().db.transaction((trx) =>
        setImmediateBooking(trx, { cpr: ON_PLANNER, interviewType: 17, deadlineId: newId(), since: '2024-03-01' }),
      );
      assert.deepEqual(await shown(), [17]);
    });

    test("the planner's documented 4770 (no booking options) is passed on; its other faults are 9303", async () => {
      planner.behaviour.mode = 'fault';
      await refusedWithoutWrites(
        h().db,
        async () => (await fromPlanner(ON_PLANNER)).GetSelfbookInterviewOptionsAsync({}),
        '4770',
      );
      planner.behaviour.faultCode = 1011;
      await refusedWithoutWrites(
        h().db,
        async () => (await fromPlanner(ON_PLANNER)).GetSelfbookInterviewOptionsAsync({}),
        '9303',
      );
    });

    test('R-MTG-06: without a planner the citizen books, rebooks and cancels an offer of BorgerBookingService through JCSS v10', async () => {
      const m = moedetilbud(7, 3);
      await (await h().client('BorgerBookingService', jobcenter())).CreateMoedetilbudAsync({ InterviewOption: m });
      const c = await fromPlanner(KP.afterPeriod);
      const [options] = await c.GetSelfbookInterviewOptionsAsync({});
      assert.deepEqual(
        list<any>(options.JobnetInterviewOptionCollection.InterviewOption).map((o) => o.InterviewOptionIdentifier),
        [m.InterviewOptionIdentifier],
      );
      const [slots] = await (
        await h().client(JCSS, JOBNET_SYSTEM)
      ).GetSelfbookTimeslotsAsync({
        CvCustomerIdentifier: CV.builtIn,
        InterviewOptionID: m.InterviewOptionIdentifier,
        BookingOptionIntervalStartTime: '2024-03-20T10:30:00+01:00',
        BookingOptionIntervalEndTime: '2024-03-20T23:00:00+01:00',
      });
      const times = list<any>(slots.BookingTimeslotCollection.BookingTimeslot).map((t) => t.StartTime);
      assert.deepEqual(times, [m.Moedetider.Moedetid[1]!.BookingStartTime, m.Moedetider.Moedetid[2]!.BookingStartTime]);
      const id = newId();
      const [booked] = await c.CreateBookingAsync({
        BookingIdentifier: id,
        InterviewOptionIdentifier: m.InterviewOptionIdentifier,
        BookingStartTime: times[0],
      });
      assert.equal(String(booked.JobnetBookingDetails.SelfBooked), 'true');
      assert.equal(booked.JobnetBookingDetails.BookingStartTime, times[0]);
      const ind = await h().client('Kontaktforloeb.IndkaldelseService', jobcenter());
      assert.equal((await getSummons(ind, KP.afterPeriod, id)).Indkaldelse.BookingStartTime, times[0]);
      const [moved] = await c.RescheduleBookingAsync({ BookingIdentifier: id, BookingStartTime: times[1] });
      assert.equal(moved.JobnetBookingDetails.BookingStartTime, times[1]);
      await c.CancelBookingAsync({ BookingIdentifier: id });
      const cancelled = await getSummons(ind, KP.afterPeriod, id);
      assert.ok(cancelled.Indkaldelse, 'the cancelled summons is still readable');
      assert.equal(planner.received.length, 0, 'jobcentre 10100 has no planner');
    });

    test('a booking through JCSS v10 needs the citizen as user (4959) and a free time of the offer (4964); nothing written', async () => {
      const m = moedetilbud(7, 1);
      await (await h().client('BorgerBookingService', jobcenter())).CreateMoedetilbudAsync({ InterviewOption: m });
      const c = await fromPlanner(KP.afterPeriod);
      await refusedWithoutWrites(
        h().db,
        () =>
          c.CreateBookingAsync({
            BookingIdentifier: newId(),
            InterviewOptionIdentifier: m.InterviewOptionIdentifier,
            BookingStartTime: '2024-03-20T12:00:00+01:00',
          }),
        '4964',
      );
      const other = await h().client(JCSS, { ...jobnetCitizen(KP.afterPeriod), userIdentifier: KP.noAbsence75 });
      other.addSoapHeader(
        `<cri:CivilRegistrationIdentifier xmlns:cri="${CRI}">${KP.afterPeriod}</cri:CivilRegistrationIdentifier>`,
      );
      await refusedWithoutWrites(
        h().db,
        () =>
          other.CreateBookingAsync({
            BookingIdentifier: newId(),
            InterviewOptionIdentifier: m.InterviewOptionIdentifier,
            BookingStartTime: m.Moedetider.Moedetid[0]!.BookingStartTime,
          }),
        '4959',
      );
    });

    test('the CPR header: required (1014), a malformed CPR is 1001, mustUnderstand="1" is understood; only Jobnet (STAR) may call (4575)', async () => {
      const envelope = (header: string, caller: Caller = jobnetCitizen(KP.afterPeriod)) =>
        `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>${activeOrganisationHeader(caller)}${requestUserMetadataHeader(caller)}${header}</s:Header>` +
        `<s:Body><GetBorgerstatusRequest xmlns="http://service.bm.dk/pjaktass/2024/12/01/JobnetCitizenStatusService/"/></s:Body></s:Envelope>`;
      const path = '/10/JobnetCitizenStatusService.svc';
      const cpr = (value: string, attrs = '') =>
        `<cri:CivilRegistrationIdentifier xmlns:cri="${CRI}"${attrs}>${value}</cri:CivilRegistrationIdentifier>`;
      assert.match((await postRaw(h().url, path, envelope(''))).body, /<faultcode>1014<\/faultcode>/);
      assert.match((await postRaw(h().url, path, envelope(cpr('3213851111')))).body, /<faultcode>1001<\/faultcode>/);
      const ok = await postRaw(h().url, path, envelope(cpr(KP.afterPeriod, ' s:mustUnderstand="1"')));
      assert.equal(ok.status, 200, ok.body);
      const asJobcentre = await postRaw(h().url, path, envelope(cpr(KP.afterPeriod), jobcenter()));
      assert.match(asJobcentre.body, /<faultcode>4575<\/faultcode>/);
    });
  },
  {
    planners: {
      endpoints: { '20200': plannerUrl, '20300': `http://127.0.0.1:${closedPort}/3/ExternalBookingService.svc` },
      timeoutMs: TIMEOUT_MS,
    },
  },
);

test('npm run cli -- stub-planner: serves the configured options to the outbound client, and breaks the contract when told', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-stub-planner-'));
  const option = { ...SAMPLE_OPTION, InterviewOptionIdentifier: newId(), MoedeTitel: 'Fælles jobsamtale' };
  fs.writeFileSync(path.join(dir, 'options.json'), JSON.stringify([option]));
  const child = spawn(
    process.execPath,
    [...FACADE_MAIN, 'stub-planner', '--port', '0', '--options', path.join(dir, 'options.json')],
    { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.once('exit', (code) => reject(new Error(`stub-planner exited (${code})`)));
      child.stdout!.on('data', (d: Buffer) => {
        const m = /listening on (\S+)/.exec((text += d.toString()));
        if (m) resolve(m[1]!);
      });
    });
    const client = new ExternalBookingClient(url, ContractValidator.compile(), { timeoutMs: 5000 });
    const request = {
      PersonCivilRegistrationIdentifier: KP.afterPeriod,
      JobCenterCode: '10100',
      ContactGroupTypeIdentifier: 1,
      HasExternalOperatorReferral: false,
    };
    const answer = await client.GetSelfbookInterviewOptions(request);
    assert.deepEqual(
      answer.InterviewOptionCollection?.InterviewOption.map((o) => [o.InterviewOptionIdentifier, o.MoedeTitel]),
      [[option.InterviewOptionIdentifier, 'Fælles jobsamtale']],
    );
    const control = await fetch(new URL('/_control', url), {
      method: 'POST',
      body: JSON.stringify({ mode: 'invalid' }),
    });
    assert.equal(control.status, 200);
    await assert.rejects(client.GetSelfbookInterviewOptions(request), (e: unknown) => (e as DfdgFault).code === 9303);
    const received = (await (await fetch(new URL('/_received', url))).json()) as { operation: string }[];
    assert.deepEqual(
      received.map((r) => r.operation),
      ['GetSelfbookInterviewOptions', 'GetSelfbookInterviewOptions'],
    );
  } finally {
    await killed(child);
  }
});
