// Ungedatabasen (UDB) on SQLite and PostgreSQL, through the front door: education plans over PlanService, contact
// groups over PersonRegistrationService, UDB's events over Indberetning.HaendelseService, institutions over
// EksterneData.UddannelsesinstitutionService, and the nightly job `udb` run as the schedule runs it on a business
// date, its messages delivered to a stub UDB. One test (or more) per rule id: R-BAT-07…14, R-NOT-12, 14, 15,
// R-PLAN-24, R-OTH-11, 12.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadInstitutions } from '../../src/app/udb/institutions.ts';
import { StubUdb } from '../../src/cli/stubUdb.ts';
import { NIGHTLY_JOBS, type JobCounts } from '../../src/jobs/nightlyJobs.ts';
import { citizenMessagesOf } from '../../src/store/citizenMessageRepository.ts';
import {
  injunctionPdfsOf,
  institutionContactsOf,
  udbMessagesOf,
  udbSubscriptionsOf,
} from '../../src/store/udbRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { fault, jobcenter, refusedWithoutWrites, star, type Caller } from '../support/soapHarness.ts';
import { subscribeAll } from '../support/outbox.ts';
import { outboxFor } from './outboxRows.ts';

const CPR = {
  plan15: '0303041234', // born 3 Mar 2004, contact group 12: R-BAT-14's example, R-NOT-15 with a pseudo contact
  plan15Contact: '0404041234', // as plan15, with a jobcentre contact person (type 32)
  turns15: '0503091234', // born 5 Mar 2009, no contact group
  group1At25: '1004991234', // born 10 Apr 1999, contact group 1
  group12At25: '1004992345', // born 10 Apr 1999, contact group 12
  at30: '2003941234', // born 20 Mar 1994, contact group 12
  change: '0101001234', // contact group 12
  jcCloses: '0201001234', // contact group 12
  admitted: '0301001234', // contact group 12
  completes: '0401001234', // contact group 12
  group1: '0501001234', // contact group 1: R-BAT-11
  sick25: '0601001234', // contact group 25: R-BAT-11's exception
  trial12: '0701001234', // contact group 12: R-BAT-13
  support: '0801001234', // contact group 12: R-NOT-12
  step4: '0901001234', // contact group 12, group since 2021: R-PLAN-24
  group2: '1001001234', // contact group 2 (not covered by UDB)
} as const;

const person = (cpr: string, birthDate: string, group: number | null, extra = '') => `
  - cpr: "${cpr}"
    birthDate: ${birthDate}
    jobcenterCode: "10100"
${group === null ? '' : `    contactGroups: [{ contactGroup: ${group}, startDate: 2021-01-01, endDate: null }]\n`}${extra}`;

const scenario = `
persons:
${person(CPR.plan15, '2004-03-03', 12)}
${person(
  CPR.plan15Contact,
  '2004-04-04',
  12,
  '    personContacts: [{ contactType: 32, startDate: 2023-01-01, givenName: "Jens", surname: "Jensen", phone: "70101010", email: "jj@jobcenter.example.dk" }]\n',
)}
${person(CPR.turns15, '2009-03-05', null)}
${person(CPR.group1At25, '1999-04-10', 1)}
${person(CPR.group12At25, '1999-04-10', 12)}
${person(CPR.at30, '1994-03-20', 12)}
${person(CPR.change, '2000-01-01', 12)}
${person(CPR.jcCloses, '2000-01-02', 12)}
${person(CPR.admitted, '2000-01-03', 12)}
${person(CPR.completes, '2000-01-04', 12)}
${person(CPR.group1, '2000-01-05', 1)}
${person(CPR.sick25, '2000-01-06', 25)}
${person(CPR.trial12, '2000-01-07', 12)}
${person(CPR.support, '2000-01-08', 12)}
${person(CPR.step4, '2000-01-09', 12)}
${person(CPR.group2, '2000-01-10', 2)}
`;

const ERHVERVSSKOLEN = { number: '751421', name: 'Erhvervsskolen Syd', cvr: '29189846', pNumber: '1003388470' };

eachDatabase('Ungedatabasen (UDB)', '2024-03-01', scenario, (h) => {
  const plans = (caller: Caller = jobcenter()) => h().client('PlanService', caller);
  const registration = () => h().client('PersonRegistrationService', jobcenter());
  const feeds = () => h().client('Indberetning.HaendelseService', star());

  /** Publishes a plan of `planType` for `cpr` as the jobcentre; returns its id. */
  async function publishPlan(cpr: string, planType: number, extra: Record<string, unknown> = {}): Promise<string> {
    const client = await plans();
    const goals = planType === 1 ? { JobGoalCollection: { JobGoal: [{ JobGoalFreeText: 'Lagerarbejde' }] } } : {};
    const [res] = await client.CreateDraftPlanAsync({
      PersonCivilRegistrationIdentifier: cpr,
      DraftPlan: { PlanTypeIdentifier: planType, ...goals, ...extra },
    });
    const id = res.ServiceReceipt.MessageIdentifier as string;
    await client.PublishPlanAsync({ PersonCivilRegistrationIdentifier: cpr, PlanVersionIdentifier: id });
    return id;
  }
  const educationPlan = (cpr: string, step: number, supportNeeds: string[] = []) =>
    publishPlan(cpr, 2, {
      EducationPlanStepIdentifier: step,
      ...(supportNeeds.length > 0 && { SupportNeedCollection: { SupportNeed: supportNeeds } }),
    });

  async function runUdb(date: string): Promise<JobCounts> {
    h().clock.set(date);
    const job = NIGHTLY_JOBS.find((j) => j.name === 'udb')!;
    return job.run({
      db: h().db,
      clock: h().clock,
      nowMs: Date.now(),
      outboxRetentionDays: 30,
      auditRetentionDays: 30,
    });
  }
  const subscriptions = (cpr: string) => udbSubscriptionsOf(h().db, cpr);
  const open = async (cpr: string) => (await subscriptions(cpr)).filter((s) => s.closedOn === null);
  const kinds = async (cpr: string) => (await udbMessagesOf(h().db, cpr)).map((m) => m.kind);
  const udbEvent = async (cpr: string, id: string, type: string, date: string, extra: Record<string, unknown> = {}) =>
    (
      await (
        await feeds()
      ).IndberetUddannelseshaendelseAsync({
        HaendelseIdentifier: id,
        Personnummer: cpr,
        Haendelsestype: type,
        Haendelsesdato: date,
        Institutionsnummer: ERHVERVSSKOLEN.number,
        ...extra,
      })
    )[0];
  const endGroup = async (cpr: string, group: number, end: string) =>
    (await registration()).UpdateContactGroupAsync({
      PersonCivilRegistrationIdentifier: cpr,
      ContactGroup: { ContactGroupTypeIdentifier: group, StartDate: '2021-01-01T00:00:00', EndDate: `${end}T00:00:00` },
    });
  const openGroup = async (cpr: string, group: number, from: string) =>
    (await registration()).CreateContactGroupAsync({
      PersonCivilRegistrationIdentifier: cpr,
      ContactGroup: { ContactGroupTypeIdentifier: group, StartDate: `${from}T00:00:00` },
    });

  test('R-BAT-14, R-NOT-15: an education plan published on 1 Feb 2024 for someone born 3 Mar 2004 → subscription from 3 Mar 2019; UDB gets subscription, support need, pseudo contact in that order', async () => {
    h().clock.set('2024-02-01');
    await educationPlan(CPR.plan15, 1, ['Ordblindhed']);
    const [sub] = await subscriptions(CPR.plan15);
    assert.equal(sub?.effectiveFrom, '2019-03-03');
    assert.equal(sub?.openedOn, '2024-02-01');
    const messages = await udbMessagesOf(h().db, CPR.plan15);
    assert.deepEqual(
      messages.map((m) => m.kind),
      ['abonnement', 'stoettebehov', 'kontaktperson'],
    );
    assert.deepEqual(messages[1]!.body.Stoettebehov, ['Ordblindhed']);
    assert.equal(messages[2]!.body.Pseudokontaktperson, true);
    assert.equal(messages[2]!.body.JobcenterKode, '10100');

    // delivered in that order; a UDB that fails keeps them queued, in order, for the next run
    const udb = new StubUdb();
    const endpoint = await udb.listen(0);
    const job = NIGHTLY_JOBS.find((j) => j.name === 'udb')!;
    const context = {
      db: h().db,
      clock: h().clock,
      nowMs: Date.now(),
      outboxRetentionDays: 30,
      auditRetentionDays: 30,
    };
    try {
      udb.failWith = 503;
      const failed = await job.run({ ...context, udb: { endpoint, timeoutMs: 2000 } });
      assert.equal(failed.sent, 0);
      assert.ok((await udbMessagesOf(h().db, CPR.plan15)).every((m) => m.sentAt === null));
      udb.failWith = null;
      await job.run({ ...context, udb: { endpoint, timeoutMs: 2000 } });
      const mine = udb.received.filter((m) => m.Personnummer === CPR.plan15);
      assert.deepEqual(
        mine.map((m) => m.Beskedtype),
        ['abonnement', 'stoettebehov', 'kontaktperson'],
      );
      assert.ok((await udbMessagesOf(h().db, CPR.plan15)).every((m) => m.sentAt !== null));
    } finally {
      await udb.close();
    }
  });

  test('R-NOT-15: with a jobcentre contact person (type 32) UDB gets that contact, not a pseudo one; no support need → no support-need message', async () => {
    await educationPlan(CPR.plan15Contact, 2);
    const messages = await udbMessagesOf(h().db, CPR.plan15Contact);
    assert.deepEqual(
      messages.map((m) => m.kind),
      ['abonnement', 'kontaktperson'],
    );
    assert.equal(messages[1]!.body.Pseudokontaktperson, false);
    assert.equal(messages[1]!.body.Navn, 'Jens Jensen');
  });

  test('R-BAT-14: a citizen turning 15 on 5 Mar 2024 gets a subscription from the birthday in that night’s run, not before', async () => {
    await runUdb('2024-03-04');
    assert.deepEqual(await subscriptions(CPR.turns15), []);
    const counts = await runUdb('2024-03-05');
    assert.ok(counts.opened! >= 1);
    const [sub] = await subscriptions(CPR.turns15);
    assert.equal(sub?.effectiveFrom, '2024-03-05');
    assert.equal(sub?.closedOn, null);
    assert.deepEqual(await kinds(CPR.turns15), ['abonnement', 'kontaktperson']);
    await runUdb('2024-03-06');
    assert.equal((await subscriptions(CPR.turns15)).length, 1, 'a second night opens nothing');
    assert.deepEqual(await subscriptions(CPR.group2), [], 'contact group 2 is not covered by UDB');
  });

  test('R-BAT-07: contact group 1 at 25 → closed with reason 5 on the birthday; contact group 12 at 25 stays open', async () => {
    await runUdb('2024-04-09');
    assert.equal((await open(CPR.group1At25)).length, 1);
    await runUdb('2024-04-10');
    const [closed] = await subscriptions(CPR.group1At25);
    assert.equal(closed?.closedOn, '2024-04-10');
    assert.equal(closed?.closeReason, 5);
    assert.equal(closed?.closeRule, 'R-BAT-07');
    assert.equal((await kinds(CPR.group1At25)).at(-1), 'afmelding');
    assert.equal((await open(CPR.group12At25)).length, 1);
  });

  test('R-BAT-07: contact group 12 at 30 → closed with reason 5 (a run after downtime dates it the birthday)', async () => {
    await runUdb('2024-03-19');
    assert.equal((await open(CPR.at30)).length, 1);
    await runUdb('2024-03-22');
    const [closed] = await subscriptions(CPR.at30);
    assert.equal(closed?.closedOn, '2024-03-20');
    assert.equal(closed?.closeReason, 5);
  });

  test('R-BAT-08: contact group 12 → 2 closes with reason 7; 12 → 25 stays open', async () => {
    await runUdb('2024-03-01');
    await endGroup(CPR.change, 12, '2024-03-01');
    await openGroup(CPR.change, 2, '2024-03-02');
    const [closed] = await subscriptions(CPR.change);
    assert.equal(closed?.closedOn, '2024-03-02');
    assert.equal(closed?.closeReason, 7);
    assert.equal(closed?.closeRule, 'R-BAT-08');

    await endGroup(CPR.admitted, 12, '2024-03-01');
    await openGroup(CPR.admitted, 25, '2024-03-02');
    assert.equal((await open(CPR.admitted)).length, 1);
  });

  test('R-BAT-12, R-BAT-09: the jobcentre closes contact group 12 on 10 Apr at step 2 → still open the next day and through May; closed on 1 June', async () => {
    h().clock.set('2024-04-01');
    await educationPlan(CPR.jcCloses, 2);
    await endGroup(CPR.jcCloses, 12, '2024-04-10');
    assert.equal((await open(CPR.jcCloses)).length, 1, 'R-BAT-12: not closed when the group is');
    await runUdb('2024-04-11');
    assert.equal((await open(CPR.jcCloses)).length, 1, 'R-BAT-12: still open the next day');
    await runUdb('2024-05-31');
    assert.equal((await open(CPR.jcCloses)).length, 1, 'R-BAT-09: May is the whole month');
    await runUdb('2024-06-01');
    const [closed] = await subscriptions(CPR.jcCloses);
    assert.equal(closed?.closedOn, '2024-06-01');
    assert.equal(closed?.closeRule, 'R-BAT-09');
  });

  test('R-BAT-09: an admission reported by UDB on 20 May → not closed on 1 June', async () => {
    h().clock.set('2024-04-01');
    await educationPlan(CPR.admitted, 2);
    await endGroup(CPR.admitted, 12, '2024-04-10');
    h().clock.set('2024-05-20');
    await udbEvent(CPR.admitted, 'udb-opt-1', 'Optagelse', '2024-05-20');
    await runUdb('2024-06-01');
    assert.equal((await open(CPR.admitted)).length, 1);
  });

  test('R-BAT-09: a contact group closed at step 4 → not closed a month later', async () => {
    h().clock.set('2024-04-01');
    await educationPlan(CPR.jcCloses, 4);
    await endGroup(CPR.jcCloses, 12, '2024-04-10');
    await runUdb('2024-06-01');
    assert.equal((await open(CPR.jcCloses)).length, 1);
  });

  test('R-BAT-10, R-NOT-14: UDB reports a completed vocational education → subscription closed, the jobcentre alerted once (a repeat answers the same)', async () => {
    await subscribeAll(h().db, ['8:10100']);
    await runUdb('2024-03-01');
    const first = await udbEvent(CPR.completes, 'udb-eud-1', 'Gennemfoert', '2024-02-28');
    const [closed] = await subscriptions(CPR.completes);
    assert.equal(closed?.closedOn, '2024-02-28');
    assert.equal(closed?.closeRule, 'R-BAT-10');
    const alerts = (await outboxFor(h().db, CPR.completes)).filter(
      (r) => r.message_type === 'Uddannelseshaendelse.WSB',
    );
    assert.equal(alerts.length, 1);
    assert.equal(`${alerts[0]!.receiver_org_type}:${alerts[0]!.receiver_org_code}`, '8:10100');
    assert.equal(JSON.parse(alerts[0]!.payload).EntitetId, 170001);
    const again = await udbEvent(CPR.completes, 'udb-eud-1', 'Gennemfoert', '2024-02-28');
    assert.deepEqual(again, first);
    assert.equal(
      (await outboxFor(h().db, CPR.completes)).filter((r) => r.message_type === 'Uddannelseshaendelse.WSB').length,
      1,
    );
  });

  test('R-BAT-11: education plan → jobplan in contact group 1 → closed with reason 8', async () => {
    await educationPlan(CPR.group1, 2);
    await publishPlan(CPR.group1, 1);
    const [closed] = await subscriptions(CPR.group1);
    assert.equal(closed?.closeReason, 8);
    assert.equal(closed?.closeRule, 'R-BAT-11');
  });

  test("R-BAT-11: education plan → 'Aftale om opfølgning' for a sickness-benefit recipient (contact group 25) → stays open; in group 1 → closed", async () => {
    await educationPlan(CPR.sick25, 2);
    await publishPlan(CPR.sick25, 3);
    assert.equal((await open(CPR.sick25)).length, 1);
    await educationPlan(CPR.group1, 2);
    await publishPlan(CPR.group1, 3);
    assert.equal((await subscriptions(CPR.group1))[0]?.closeReason, 8);
  });

  test('R-BAT-13: a jobplan published for a young person in contact group 12 with an education plan → closed; an education plan again → reopened', async () => {
    await educationPlan(CPR.trial12, 2);
    await publishPlan(CPR.trial12, 1, { EducationReadinessTypeIdentifier: 2 });
    const [closed] = await subscriptions(CPR.trial12);
    assert.equal(closed?.closeRule, 'R-BAT-13');
    assert.equal(closed?.closeReason, 8);
    await educationPlan(CPR.trial12, 2);
    const all = await subscriptions(CPR.trial12);
    assert.equal(all.length, 2);
    assert.equal(all[1]!.closedOn, null);
    assert.equal(all[1]!.effectiveFrom, '2015-01-07');
  });

  test('R-NOT-12: support needs removed from a step-2 education plan → exactly one new Jobnet message; UDB gets the new (empty) support needs', async () => {
    await educationPlan(CPR.support, 2, ['Mentorstøtte']);
    assert.equal((await citizenMessagesOf(h().db, CPR.support, {})).length, 0);
    await educationPlan(CPR.support, 2, []);
    const messages = await citizenMessagesOf(h().db, CPR.support, {});
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.headline, 'Jobcentret har fjernet dine støttebehov');
    assert.deepEqual(await kinds(CPR.support), ['abonnement', 'stoettebehov', 'kontaktperson', 'stoettebehov']);
    await educationPlan(CPR.support, 2, []);
    assert.equal((await citizenMessagesOf(h().db, CPR.support, {})).length, 1, 'nothing left to remove');
  });

  test('R-NOT-12: at step 4 → no message', async () => {
    await educationPlan(CPR.support, 4, ['Mentorstøtte']);
    await educationPlan(CPR.support, 4, []);
    assert.equal((await citizenMessagesOf(h().db, CPR.support, {})).length, 0);
  });

  test('R-PLAN-24: a step-4 education plan published on 15 Mar 2022 → no uddannelsespålæg PDF; one published on 1 Mar 2022 made one, still retrievable', async () => {
    h().clock.set('2022-03-15');
    await educationPlan(CPR.step4, 4);
    assert.deepEqual(await injunctionPdfsOf(h().db, CPR.step4), []);
    h().clock.set('2022-03-01');
    await educationPlan(CPR.step4, 4);
    h().clock.set('2022-03-15');
    const [pdf] = await injunctionPdfsOf(h().db, CPR.step4);
    assert.equal(pdf?.createdOn, '2022-03-01');
    assert.equal(pdf?.content.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  test('R-PLAN-24, R-NOT-15: an education plan without a step, or a jobplan with one, is refused with 5291 and writes nothing', async () => {
    const client = await plans();
    await refusedWithoutWrites(
      h().db,
      () =>
        client.CreateDraftPlanAsync({
          PersonCivilRegistrationIdentifier: CPR.step4,
          DraftPlan: { PlanTypeIdentifier: 2 },
        }),
      '5291',
    );
    await refusedWithoutWrites(
      h().db,
      () =>
        client.CreateDraftPlanAsync({
          PersonCivilRegistrationIdentifier: CPR.step4,
          DraftPlan: {
            PlanTypeIdentifier: 1,
            JobGoalCollection: { JobGoal: [{ JobGoalFreeText: 'Lagerarbejde' }] },
            EducationPlanStepIdentifier: 2,
          },
        }),
      '5291',
    );
  });

  test('R-OTH-11: a UDB contact at an institution the register maps to a CVR and P-number → the stored contact has both; before 2022-1 it had none', async () => {
    await loadInstitutions(h().db, [ERHVERVSSKOLEN]);
    const answer = await udbEvent(CPR.support, 'udb-kontakt-1', 'Institutionskontakt', '2024-03-01', {
      Kontaktnavn: 'Studievejleder Hanne Holm',
    });
    assert.equal(answer.Aendret, true);
    h().clock.set('2022-03-01');
    await udbEvent(CPR.support, 'udb-kontakt-0', 'Institutionskontakt', '2022-03-01', {
      Kontaktnavn: 'Gammel kontakt',
    });
    const contacts = await institutionContactsOf(h().db, CPR.support);
    const byName = new Map(contacts.map((c) => [c.name, c]));
    assert.equal(byName.get('Studievejleder Hanne Holm')?.cvr, '29189846');
    assert.equal(byName.get('Studievejleder Hanne Holm')?.pNumber, '1003388470');
    assert.equal(byName.get('Gammel kontakt')?.cvr, null);
  });

  test('R-OTH-11: an institution contact without Kontaktnavn is refused with 5187 and writes nothing', async () => {
    const client = await feeds();
    await refusedWithoutWrites(
      h().db,
      () =>
        client.IndberetUddannelseshaendelseAsync({
          HaendelseIdentifier: 'udb-kontakt-2',
          Personnummer: CPR.support,
          Haendelsestype: 'Institutionskontakt',
          Haendelsesdato: '2024-03-01',
          Institutionsnummer: ERHVERVSSKOLEN.number,
        }),
      '5187',
    );
  });

  test('R-OTH-12: GetUddannelsesinstitution by institution number → name, CVR and P-number; unknown → 5293; before 2022-1 → 5292', async () => {
    await loadInstitutions(h().db, [ERHVERVSSKOLEN]);
    const client = await h().client('EksterneData.UddannelsesinstitutionService', jobcenter());
    const [res] = await client.GetUddannelsesinstitutionAsync({ Institutionsnummer: ERHVERVSSKOLEN.number });
    assert.deepEqual(res.Uddannelsesinstitution, {
      Institutionsnummer: '751421',
      Institutionsnavn: 'Erhvervsskolen Syd',
      CvrNummer: '29189846',
      PNummer: '1003388470',
    });
    assert.equal((await fault(client.GetUddannelsesinstitutionAsync({ Institutionsnummer: '999999' }))).code, '5293');
    h().clock.set('2022-03-13');
    assert.equal(
      (await fault(client.GetUddannelsesinstitutionAsync({ Institutionsnummer: ERHVERVSSKOLEN.number }))).code,
      '5292',
    );
  });
});
