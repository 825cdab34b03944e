// JobOrderService over HTTP with node-soap: every operation, the JO rules with their accepted and refused
// paths (nothing written on a refusal), R-CV-02 guest access, and the notifications to every party of an
// order (R-NOT-08, R-NOT-11): GetCompanyRecruitmentVersion4 plus the Jobordre / Jobordreformidling WSB.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { runCandidateCheck } from '../../src/app/jobOrder/candidateCheck.ts';
import { auditEvents } from '../../src/store/auditRepository.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import {
  activeOrganisationHeader,
  akasse,
  company,
  fault,
  jobcenter,
  kommune,
  postRaw,
  refusedWithoutWrites,
  requestUserMetadataHeader,
  star,
  type Caller,
} from '../support/soapHarness.ts';
import { clearOutbox, subscribeAll } from '../support/outbox.ts';
import { list, newId } from './contactProcessCalls.ts';
import { CVR, HAVNEKRANFOERER_ALIAS, JO, KRANFOERER, jobOrderScenario, member81MovedTo99 } from './jobOrderScenario.ts';

const SERVICE = 'JobOrderService';

function order(extra: Record<string, unknown> = {}) {
  return {
    CompanyRecruitmentIdentifier: newId(),
    CompanyRecruitmentTitle: 'Kranfører',
    ConceptUriDa: KRANFOERER,
    CompanyRecruitmentJobDescription: 'Vi søger tre kranførere til containerterminalen.',
    CompanyRecruitmentTypeIdentifier: 1,
    CompanyRecruitmentStatusTypeIdentifier: 1,
    AntalStillinger: 3,
    CompanyRecruitmentProvider: { CVRnumberIdentifier: CVR },
    AvailableToAllJobcenters: false,
    ...extra,
  };
}

eachDatabase(SERVICE, '2024-03-04', jobOrderScenario, (h) => {
  // The receivers' systems subscribe to the webservice messages (only subscribers get WSB rows).
  beforeEach(() => subscribeAll(h().db, ['8:10100', '8:20100', '2:81', '2:99']));
  const client = (caller: Caller) => h().client(SERVICE, caller);
  async function create(caller: Caller, extra: Record<string, unknown> = {}): Promise<string> {
    const body = order(extra);
    const [res] = await (await client(caller)).CreateCompanyRecruitmentAsync(body);
    assert.equal(res.CompanyRecruitmentIdentifier, body.CompanyRecruitmentIdentifier);
    return body.CompanyRecruitmentIdentifier;
  }
  const get = async (caller: Caller, id: string) =>
    (await (await client(caller)).GetCompanyRecruitmentAsync({ CompanyRecruitmentIdentifier: id }))[0]
      .CompanyRecruitmentInfo;
  const place = async (caller: Caller, id: string, cpr: string, status = 1) => {
    const candidate = newId();
    await (
      await client(caller)
    ).AddCandidateToCompanyRecruitmentAsync({
      CompanyRecruitmentIdentifier: id,
      CandidateIdentifier: candidate,
      PersonCivilRegistrationIdentifier: cpr,
      CandidateRecruitmentStatusTypeIdentifier: status,
    });
    return candidate;
  };
  const messages = async (type: string) =>
    (await h().db('outbox_message').where({ message_type: type }).orderBy('sequence')).map(
      (r: { receiver_org_type: number; receiver_org_code: string }) => `${r.receiver_org_type}:${r.receiver_org_code}`,
    );
  const candidates = async (caller: Caller, id: string) => list<any>((await get(caller, id)).Candidates?.Candidate);
  const cooperating99 = {
    PrimaryRecruitmentAuthorities: {
      RecruitmentAuthority: [{ OrganisationTypeIdentifier: 2, OrganisationCode: '99' }],
    },
  };
  /** A-kasse 99, invited as primary authority, accepts by naming itself on the order (D-121). */
  const accept99 = async (id: string) =>
    (await client(akasse('99'))).UpdateCompanyRecruitmentAsync(
      order({ CompanyRecruitmentIdentifier: id, ...cooperating99 }),
    );

  test('R-JO-04 / R-JO-11: a jobcentre creates a job order named by title and ESCO-STAR occupation with 3 positions, reads it back; every change notifies its parties', async () => {
    const id = await create(jobcenter('10100'));
    const info = await get(jobcenter('10100'), id);
    assert.equal(Number(info.CompanyRecruitment.AntalStillinger), 3);
    assert.equal(info.CompanyRecruitment.ConceptUriDa, KRANFOERER);
    assert.equal(info.CompanyRecruitment.ResponsibleAuthority.OrganisationCode, '10100');
    assert.equal(Number(info.VersionIdentifier), 1);
    assert.deepEqual(await messages('GetCompanyRecruitmentVersion4'), ['8:10100']);
    const [wsb] = await h()
      .db('outbox_message')
      .join('outbox_payload', 'outbox_payload.message_id', 'outbox_message.id')
      .where({ message_type: 'Jobordre.WSB' });
    assert.deepEqual(JSON.parse(wsb.payload).EntitetId, 120001);
    assert.deepEqual(JSON.parse(wsb.payload).IdentifikationstypeId, 2);
    assert.deepEqual(JSON.parse(wsb.payload).Identifikation, id);
    // Only JobordreStilling: accepted; none of the three: refused (R-JO-11); a wrong ESCO label: refused.
    await create(jobcenter('10100'), {
      CompanyRecruitmentTitle: undefined,
      ConceptUriDa: undefined,
      JobordreStilling: 'Kranfører, havn',
    });
    await refusedWithoutWrites(
      h().db,
      () => create(jobcenter('10100'), { CompanyRecruitmentTitle: undefined, ConceptUriDa: undefined }),
      '4921',
    );
    await refusedWithoutWrites(
      h().db,
      () => create(jobcenter('10100'), { CompanyRecruitmentTitle: 'Kranfører på havn' }),
      '4928',
    );
    await create(jobcenter('10100'), {
      CompanyRecruitmentTitle: 'Havnekranfører',
      AliasIdentifier: HAVNEKRANFOERER_ALIAS,
    });
    await refusedWithoutWrites(
      h().db,
      () => create(jobcenter('10100'), { CompanyRecruitmentStatusTypeIdentifier: 3 }),
      '4936',
    );
    await refusedWithoutWrites(
      h().db,
      () => create(jobcenter('10100'), { CompanyRecruitmentTypeIdentifier: 99 }),
      '9131',
    );
    await refusedWithoutWrites(h().db, () => create(jobcenter('10100'), { CompanyRecruitmentIdentifier: id }), '4977');
  });

  test('joborder §6.1: the Jobordre webservice message goes to every subscribing jobcentre, kommune and a-kasse, party or not; STAR does not get it', async () => {
    await subscribeAll(h().db, ['7:101', '2:55', '1:STAR']);
    await clearOutbox(h().db);
    const id = await create(jobcenter('10100'));
    assert.deepEqual((await messages('Jobordre.WSB')).sort(), ['2:55', '2:81', '2:99', '7:101', '8:10100', '8:20100']);
    assert.deepEqual(await messages('GetCompanyRecruitmentVersion4'), ['8:10100'], 'the WSRM message: the parties');
    // A placement (Jobordreformidling) still goes to the order's parties only.
    await clearOutbox(h().db);
    await place(jobcenter('10100'), id, JO.member81);
    assert.deepEqual((await messages('Jobordreformidling.WSB')).sort(), ['2:81', '8:10100']);
  });

  test('joborder §4.4: GetCompanyJobcenterAffiliation answers the jobcentre of a production unit; an unknown combination is 4353; a municipality may not call it', async () => {
    const affiliation = async (caller: Caller, productionUnit: string) =>
      (
        await (
          await client(caller)
        ).GetCompanyJobcenterAffiliationAsync({ CVRnumberIdentifier: CVR, ProductionUnitIdentifier: productionUnit })
      )[0];
    assert.equal((await affiliation(akasse('81'), '1012345678')).JobcenterCode, '10100');
    assert.equal((await affiliation(star(), '1012345678')).JobcenterCode, '10100');
    const unknown = await refusedWithoutWrites(h().db, () => affiliation(jobcenter('10100'), '1099999999'), '4353');
    assert.equal(unknown.text, "The combination of CVR and PNR doesn't exists");
    await refusedWithoutWrites(h().db, () => affiliation(kommune('101'), '1012345678'), '4575');
  });

  test("R-JO-01 / R-JO-02: an internal job order is not available to another jobcentre until it is shared; sharing is the owner's choice", async () => {
    const id = await create(jobcenter('10100'));
    await refusedWithoutWrites(h().db, () => get(jobcenter('20100'), id), '4920');
    await refusedWithoutWrites(
      h().db,
      async () => (await client(jobcenter('20100'))).ShareCompanyRecruitmentAsync({ CompanyRecruitmentIdentifier: id }),
      '4920',
    );
    assert.equal((await get(star(), id)).CompanyRecruitment.CompanyRecruitmentIdentifier, id);
    await (await client(jobcenter('10100'))).ShareCompanyRecruitmentAsync({ CompanyRecruitmentIdentifier: id });
    assert.equal(String((await get(jobcenter('20100'), id)).CompanyRecruitment.AvailableToAllJobcenters), 'true');
    const shared = await create(jobcenter('10100'), { AvailableToAllJobcenters: true });
    assert.equal(
      (await get(jobcenter('20100'), shared)).CompanyRecruitment.CompanyRecruitmentIdentifier,
      shared,
      'shared at registration: at once',
    );
    // Search: jobcentre 20100 sees the two shared orders, not internal ones.
    const internal = await create(jobcenter('10100'));
    const [found] = await (
      await client(jobcenter('20100'))
    ).SearchCompanyRecruitmentAsync({ CompanyRecruitmentTypeIdentifier: 1 });
    const ids = list<any>(found.CompanyRecruitmentInfoCollection?.CompanyRecruitmentInfo).map(
      (i) => i.CompanyRecruitment.CompanyRecruitmentIdentifier,
    );
    assert.deepEqual(ids.sort(), [id, shared].sort());
    assert.ok(!ids.includes(internal));
  });

  test('R-JO-03 / R-NOT-11: placing a citizen of another jobcentre on an internal order tells that jobcentre, which may read but not edit it', async () => {
    const id = await create(jobcenter('10100'));
    await clearOutbox(h().db);
    await place(jobcenter('10100'), id, JO.outsideCitizen);
    assert.ok(
      (await messages('GetCompanyRecruitmentVersion4')).includes('8:20100'),
      'the technical message to jobcentre 20100',
    );
    assert.ok((await messages('Jobordreformidling.WSB')).includes('8:20100'));
    assert.equal((await get(jobcenter('20100'), id)).CompanyRecruitment.CompanyRecruitmentIdentifier, id);
    const update = async () =>
      (await client(jobcenter('20100'))).UpdateCompanyRecruitmentAsync(order({ CompanyRecruitmentIdentifier: id }));
    await refusedWithoutWrites(h().db, update, '4926');
  });

  test('R-JO-05 / R-JO-14: a ready a-kasse creates an ordinary job order (type 1) and is its primary authority; other types and unready a-kasser are refused', async () => {
    const id = await create(akasse('81'));
    const info = await get(akasse('81'), id);
    assert.deepEqual(
      list<any>(info.CompanyRecruitment.PrimaryRecruitmentAuthorities.RecruitmentAuthority).map(
        (a) => a.OrganisationCode,
      ),
      ['81'],
    );
    await refusedWithoutWrites(h().db, () => create(akasse('81'), { CompanyRecruitmentTypeIdentifier: 2 }), '4935');
    await refusedWithoutWrites(h().db, () => create(akasse('55')), '4927');
  });

  test('R-JO-05 / R-JO-14: a company (JobAG) chooses the responsible authority: a jobcentre, a ready a-kasse, not an unready one', async () => {
    const byCompany = async (responsible: Caller) =>
      create(company(CVR), {
        ResponsibleAuthority: {
          OrganisationTypeIdentifier: responsible.organisationType,
          OrganisationCode: responsible.organisationCode,
        },
      });
    const toAkasse = await byCompany(akasse('99'));
    assert.equal((await get(akasse('99'), toAkasse)).CompanyRecruitment.ResponsibleAuthority.OrganisationCode, '99');
    await byCompany(jobcenter('10100'));
    await refusedWithoutWrites(h().db, () => byCompany(akasse('55')), '4927');
    await refusedWithoutWrites(
      h().db,
      () =>
        create(company('87654321'), {
          ResponsibleAuthority: { OrganisationTypeIdentifier: 8, OrganisationCode: '10100' },
        }),
      '4575',
    );
  });

  test('R-JO-06: an a-kasse places its own member; a member of another a-kasse only once that a-kasse is a primary authority', async () => {
    const id = await create(akasse('81'));
    await place(akasse('81'), id, JO.member81);
    await refusedWithoutWrites(h().db, () => place(akasse('81'), id, JO.member99), '4923');
    await (
      await client(akasse('81'))
    ).UpdateCompanyRecruitmentAsync(
      order({
        CompanyRecruitmentIdentifier: id,
        PrimaryRecruitmentAuthorities: {
          RecruitmentAuthority: [{ OrganisationTypeIdentifier: 2, OrganisationCode: '99' }],
        },
      }),
    );
    // Named, a-kasse 99 is invited, not yet primary (D-121): its members stay out of reach until it accepts.
    await refusedWithoutWrites(h().db, () => place(akasse('81'), id, JO.member99), '4923');
    await accept99(id);
    await place(akasse('81'), id, JO.member99);
    assert.deepEqual(
      (await candidates(akasse('81'), id)).map((c) => c.PersonCivilRegistrationIdentifier).sort(),
      [JO.member81, JO.member99].sort(),
    );
  });

  test("R-JO-07 / R-JO-08: a jobcentre cannot place on an a-kasse's order until the a-kasse hands it over with a reason; a jobcentre never hands over to an a-kasse", async () => {
    const id = await create(akasse('81'));
    await refusedWithoutWrites(h().db, () => place(jobcenter('10100'), id, JO.member81), '4924');
    const [seen] = await (await client(jobcenter('20100'))).SearchCompanyRecruitmentAsync({});
    assert.deepEqual(
      list<any>(seen.CompanyRecruitmentInfoCollection?.CompanyRecruitmentInfo).map(
        (i) => i.CompanyRecruitment.CompanyRecruitmentIdentifier,
      ),
      [id],
      'jobcentres find the orders a-kasser run',
    );
    const handOver = async (caller: Caller, to: Caller, reason: number) =>
      (await client(caller)).HandOverCompanyRecruitmentAsync({
        CompanyRecruitmentIdentifier: id,
        ReceivingAuthority: { OrganisationTypeIdentifier: to.organisationType, OrganisationCode: to.organisationCode },
        HandOverReasonTypeIdentifier: reason,
      });
    await refusedWithoutWrites(h().db, () => handOver(akasse('81'), jobcenter('10100'), 9), '2002');
    await handOver(akasse('81'), jobcenter('10100'), 2);
    const info = await get(jobcenter('10100'), id);
    assert.equal(info.CompanyRecruitment.ResponsibleAuthority.OrganisationCode, '10100');
    await place(jobcenter('10100'), id, JO.member81);
    await refusedWithoutWrites(h().db, () => handOver(jobcenter('10100'), akasse('81'), 1), '4925');
    // Reason 1 'Fejlallokeret' moves an a-kasse's order to another (the right) a-kasse.
    const other = await create(akasse('81'));
    await (
      await client(akasse('81'))
    ).HandOverCompanyRecruitmentAsync({
      CompanyRecruitmentIdentifier: other,
      ReceivingAuthority: { OrganisationTypeIdentifier: 2, OrganisationCode: '99' },
      HandOverReasonTypeIdentifier: 1,
    });
    assert.equal((await get(akasse('99'), other)).CompanyRecruitment.ResponsibleAuthority.OrganisationCode, '99');
  });

  test("R-JO-09: a candidate on an a-kasse's order who changes a-kasse is removed with status 10 by the candidate check", async () => {
    const id = await create(akasse('81'));
    const candidate = await place(akasse('81'), id, JO.member81, 3);
    assert.equal(await runCandidateCheck(h().db, h().clock), 0, 'nothing changed yet');
    await h().load(member81MovedTo99);
    assert.equal(await runCandidateCheck(h().db, h().clock), 1);
    assert.deepEqual(await candidates(akasse('81'), id), [], 'no longer on the order');
    const [logged] = await (await client(akasse('81'))).GetCandidateLogAsync({ CompanyRecruitmentIdentifier: id });
    const last = list<any>(logged.CandidateLogEntry).at(-1);
    assert.equal(last.Candidate.CandidateIdentifier, candidate);
    assert.equal(Number(last.Candidate.CandidateRecruitmentStatusTypeIdentifier), 10);
    assert.equal(String(last.Candidate.Removed), 'true');
  });

  test("R-JO-09 through the a-kasse feed: a member's move to a-kasse 99 (IndberetAkassemedlemskab) takes the candidate off a-kasse 81's order at once, with status 10; sent twice, removed once", async () => {
    const id = await create(akasse('81'));
    await place(akasse('81'), id, JO.member81, 3);
    const feeds = await h().client('Indberetning.HaendelseService', akasse('99'));
    const event = {
      HaendelseIdentifier: 'ak99-move-in-1',
      Personnummer: JO.member81,
      Haendelsestype: 'Overflytning',
      AkasseKode: '99',
      Haendelsesdato: '2024-03-01',
    };
    const [first] = await feeds.IndberetAkassemedlemskabAsync(event);
    assert.ok(list<string>(first.Virkning).includes('1 candidacy(ies) removed'));
    assert.deepEqual(await candidates(akasse('81'), id), [], 'no longer on the order');
    const [again] = await feeds.IndberetAkassemedlemskabAsync(event);
    assert.deepEqual(again, first);
    const [logged] = await (await client(akasse('81'))).GetCandidateLogAsync({ CompanyRecruitmentIdentifier: id });
    const entries = list<any>(logged.CandidateLogEntry);
    assert.equal(entries.filter((e) => Number(e.Candidate.CandidateRecruitmentStatusTypeIdentifier) === 10).length, 1);
    assert.equal(await runCandidateCheck(h().db, h().clock), 0, 'the nightly check finds nothing left');
  });

  test("R-JO-09 / R-JO-10: deregistration takes the candidate off an a-kasse's order at once; the contact group closing takes them off a jobcentre's order", async () => {
    const akasseOrder = await create(akasse('81'));
    const jobcentreOrder = await create(jobcenter('10100'));
    await place(akasse('81'), akasseOrder, JO.member81);
    await place(jobcenter('10100'), jobcentreOrder, JO.member81);
    const enrollment = await h().client('UnemploymentEnrollmentService', jobcenter('10100'));
    await enrollment.CancelUnemploymentEnrollmentAsync({
      CancelUnemploymentEnrollment: {
        PersonCivilRegistrationIdentifier: JO.member81,
        CancellationDate: '2024-03-04T00:00:00',
        CancellationReasonTypeIdentifier: 1,
      },
    });
    assert.deepEqual(await candidates(akasse('81'), akasseOrder), [], 'no longer insured unemployed (R-JO-09)');
    assert.equal(
      (await candidates(jobcenter('10100'), jobcentreOrder)).length,
      1,
      'the contact group is open through the cancellation day',
    );
    h().clock.set('2024-03-05');
    assert.equal(await runCandidateCheck(h().db, h().clock), 1);
    assert.deepEqual(await candidates(jobcenter('10100'), jobcentreOrder), []);
    const [logged] = await (
      await client(jobcenter('10100'))
    ).GetCandidateLogAsync({ CompanyRecruitmentIdentifier: jobcentreOrder });
    assert.equal(
      Number(list<any>(logged.CandidateLogEntry).at(-1).Candidate.CandidateRecruitmentStatusTypeIdentifier),
      11,
    );
  });

  test("R-JO-12 / R-JO-13: the company does not see JobordreStilling, and an order set to 4 'Fejlrettet' leaves its overview; DFDG keeps it", async () => {
    const id = await create(jobcenter('10100'), { JobordreStilling: 'Kranfører, havn' });
    const companyView = await get(company(CVR), id);
    assert.equal(companyView.CompanyRecruitment.JobordreStilling, undefined);
    assert.equal((await get(jobcenter('10100'), id)).CompanyRecruitment.JobordreStilling, 'Kranfører, havn');
    await refusedWithoutWrites(
      h().db,
      async () =>
        (await client(akasse('81'))).SetCompanyRecruitmentStatusAsync({
          CompanyRecruitmentIdentifier: id,
          CompanyRecruitmentStatusTypeIdentifier: 4,
        }),
      '4920',
    );
    await (
      await client(jobcenter('10100'))
    ).SetCompanyRecruitmentStatusAsync({
      CompanyRecruitmentIdentifier: id,
      CompanyRecruitmentStatusTypeIdentifier: 4,
      CorrectionComment: 'Oprettet ved en fejl',
    });
    await refusedWithoutWrites(h().db, () => get(company(CVR), id), '4920');
    const [overview] = await (await client(company(CVR))).SearchCompanyRecruitmentAsync({});
    assert.deepEqual(list(overview.CompanyRecruitmentInfoCollection?.CompanyRecruitmentInfo), []);
    assert.equal(
      Number((await get(jobcenter('10100'), id)).CompanyRecruitment.CompanyRecruitmentStatusTypeIdentifier),
      4,
    );
    await refusedWithoutWrites(
      h().db,
      async () =>
        (await client(jobcenter('10100'))).SetCompanyRecruitmentStatusAsync({
          CompanyRecruitmentIdentifier: id,
          CompanyRecruitmentStatusTypeIdentifier: 7,
        }),
      '9131',
    );
    await refusedWithoutWrites(h().db, () => place(jobcenter('10100'), id, JO.member81), '4932');
  });

  test('R-NOT-08: an update notifies every party: both primary authorities and the jobcentre and a-kasse of the placed citizen', async () => {
    const id = await create(akasse('81'), {
      PrimaryRecruitmentAuthorities: {
        RecruitmentAuthority: [{ OrganisationTypeIdentifier: 2, OrganisationCode: '99' }],
      },
    });
    await accept99(id);
    await place(akasse('99'), id, JO.member99);
    await clearOutbox(h().db);
    await (
      await client(akasse('81'))
    ).UpdateCompanyRecruitmentAsync(
      order({
        CompanyRecruitmentIdentifier: id,
        CompanyRecruitmentJobDescription: 'Nu med skifteholdsarbejde.',
        PrimaryRecruitmentAuthorities: {
          RecruitmentAuthority: [{ OrganisationTypeIdentifier: 2, OrganisationCode: '99' }],
        },
      }),
    );
    assert.deepEqual((await messages('GetCompanyRecruitmentVersion4')).sort(), ['2:81', '2:99', '8:10100']);
    // The webservice message goes to every subscribing jobcentre, kommune and a-kasse ("all job orders").
    assert.deepEqual((await messages('Jobordre.WSB')).sort(), ['2:81', '2:99', '8:10100', '8:20100']);
    // The WSRM item carries the order as read back, with its candidate.
    const [row] = await h()
      .db('outbox_payload')
      .join('outbox_message', 'outbox_payload.message_id', 'outbox_message.id')
      .where({ message_type: 'GetCompanyRecruitmentVersion4', receiver_org_code: '99' });
    assert.match(row.payload, /Nu med skifteholdsarbejde\./);
    assert.match(row.payload, new RegExp(JO.member99));
    // A-kasse 99 drains it through the WSRM pull: CreateSequence → GetCompanyRecruitmentVersion4 → TerminateSequence.
    const wsrm = await h().client('WsrmService', akasse('99'));
    const [seq] = await wsrm.CreateSequenceAsync({});
    const [items] = await (
      await h().client('WsrmMessageService', akasse('99'))
    ).GetCompanyRecruitmentVersion4Async({ Identifier: seq.Identifier });
    const pulled = list<any>(items.GetCompanyRecruitmentType);
    assert.deepEqual(
      pulled.map((i) => [
        i.Aendringstype,
        Number(i.CompanyRecruitmentInfo.VersionIdentifier) > 1,
        i.CompanyRecruitmentInfo.CompanyRecruitment.CompanyRecruitmentIdentifier,
      ]),
      [[undefined, true, id]],
    );
    await wsrm.TerminateSequenceAsync({ Identifier: seq.Identifier });
    const [after] = await wsrm.CreateSequenceAsync({});
    assert.equal(after.ServiceInventoryCollection?.ServiceItem, undefined, 'nothing left');
  });

  test("candidates: update the placement status (joborder §4.3, §8: STAR too, on any order; not another jobcentre or a municipality); an unknown candidate is 4931; DFDG's own statuses 10 and 11 are not for callers", async () => {
    const id = await create(jobcenter('10100'));
    const candidate = await place(jobcenter('10100'), id, JO.member81);
    const update = async (status: number, candidateId = candidate, caller = jobcenter('10100')) =>
      (await client(caller)).UpdateCandidateOnCompanyRecruitmentAsync({
        CompanyRecruitmentIdentifier: id,
        CandidateIdentifier: candidateId,
        PersonCivilRegistrationIdentifier: JO.member81,
        CandidateRecruitmentStatusTypeIdentifier: status,
        CandidateComment: 'Ansat pr. 1. april',
      });
    await update(3);
    assert.equal(Number((await candidates(jobcenter('10100'), id))[0].CandidateRecruitmentStatusTypeIdentifier), 3);
    await update(2, candidate, star());
    assert.equal(Number((await candidates(jobcenter('10100'), id))[0].CandidateRecruitmentStatusTypeIdentifier), 2);
    await refusedWithoutWrites(h().db, () => update(3, candidate, jobcenter('20100')), '4920');
    await refusedWithoutWrites(h().db, () => update(3, candidate, kommune('101')), '4575');
    await refusedWithoutWrites(h().db, () => update(3, newId()), '4931');
    await refusedWithoutWrites(h().db, () => update(10), '9131');
    // The same citizen again under a new candidate id: facade 4937; an existing candidate id: 4977.
    await refusedWithoutWrites(h().db, () => place(jobcenter('10100'), id, JO.member81), '4937');
    await refusedWithoutWrites(
      h().db,
      async () =>
        (await client(jobcenter('10100'))).AddCandidateToCompanyRecruitmentAsync({
          CompanyRecruitmentIdentifier: id,
          CandidateIdentifier: candidate,
          PersonCivilRegistrationIdentifier: JO.member99,
          CandidateRecruitmentStatusTypeIdentifier: 1,
        }),
      '4977',
    );
  });

  test('joborder §4.1: a create with only the documented elements, directly in CreateCompanyRecruitmentRequest, is accepted; the old wrapper is not the contract', async () => {
    const id = newId();
    const documented =
      `<j:CompanyRecruitmentIdentifier>${id}</j:CompanyRecruitmentIdentifier>` +
      `<j:CompanyRecruitmentTitle>Kranfører</j:CompanyRecruitmentTitle>` +
      `<j:CompanyRecruitmentJobDescription>Vi søger en kranfører.</j:CompanyRecruitmentJobDescription>` +
      `<j:CompanyRecruitmentTypeIdentifier>1</j:CompanyRecruitmentTypeIdentifier>` +
      `<j:CompanyRecruitmentStatusTypeIdentifier>1</j:CompanyRecruitmentStatusTypeIdentifier>` +
      `<j:CompanyRecruitmentStartDate>2024-04-01</j:CompanyRecruitmentStartDate>`;
    const post = (body: string) =>
      postRaw(
        h().url,
        '/4/JobOrderService.svc',
        `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>` +
          activeOrganisationHeader(jobcenter('10100')) +
          requestUserMetadataHeader(jobcenter('10100')) +
          `</s:Header><s:Body><j:CreateCompanyRecruitmentRequest xmlns:j="http://service.bm.dk/pjaktass/2024/12/01/JobOrderService/">` +
          body +
          `</j:CreateCompanyRecruitmentRequest></s:Body></s:Envelope>`,
      );
    const reply = await post(documented);
    assert.equal(reply.status, 200, reply.body);
    assert.match(reply.body, new RegExp(`CompanyRecruitmentIdentifier>${id}<`));
    const read = (await get(jobcenter('10100'), id)).CompanyRecruitment;
    assert.equal(read.CompanyRecruitmentStartDate, '2024-04-01');
    assert.equal(read.AntalStillinger, undefined, 'no positions were given');
    assert.equal(read.CompanyRecruitmentProvider, undefined, 'no company was named');
    assert.equal(String(read.AvailableToAllJobcenters), 'false', 'not shared unless asked');
    const before = await h().db('job_order').count({ n: '*' });
    const wrapped = await post(`<j:CompanyRecruitment>${documented.replaceAll(id, newId())}</j:CompanyRecruitment>`);
    assert.equal(wrapped.status, 500);
    assert.match(wrapped.body, /<faultcode>1014<\/faultcode>/);
    assert.deepEqual(await h().db('job_order').count({ n: '*' }), before);
    // A company's order without CompanyRecruitmentProvider is for its own CVR.
    const own = await create(company(CVR), {
      CompanyRecruitmentProvider: undefined,
      ResponsibleAuthority: { OrganisationTypeIdentifier: 8, OrganisationCode: '10100' },
    });
    assert.equal((await get(company(CVR), own)).CompanyRecruitment.CompanyRecruitmentProvider.CVRnumberIdentifier, CVR);
  });

  test('conventions §6: a CVR number is 8 characters and a P-number 10; other lengths are 1014 and nothing is written', async () => {
    const c = await client(jobcenter('10100'));
    for (const provider of [
      { CVRnumberIdentifier: `${CVR}1` },
      { CVRnumberIdentifier: CVR.slice(1) },
      { CVRnumberIdentifier: CVR, ProductionUnitIdentifier: '123456789' },
      { CVRnumberIdentifier: CVR, ProductionUnitIdentifier: '12345678901' },
    ])
      await refusedWithoutWrites(
        h().db,
        () => c.CreateCompanyRecruitmentAsync(order({ CompanyRecruitmentProvider: provider })),
        '1014',
      );
    await create(jobcenter('10100'), {
      CompanyRecruitmentProvider: { CVRnumberIdentifier: CVR, ProductionUnitIdentifier: '1234567890' },
    });
  });

  test("joborder §4.3: UpdateCandidateOnCompanyRecruitmentEvent changes the citizen's placement by the five documented elements; STAR may call it, a municipality may not", async () => {
    const id = await create(jobcenter('10100'));
    await place(jobcenter('10100'), id, JO.member81);
    const event = async (caller: Caller, cpr: string, status: number) =>
      (await client(caller)).UpdateCandidateOnCompanyRecruitmentEventAsync({
        CompanyRecruitmentIdentifier: id,
        PersonCivilRegistrationIdentifier: cpr,
        CandidateRecruitmentStatusTypeIdentifier: status,
        CandidateComment: 'Til samtale',
        CandidateUrl: 'https://www.jobnet.dk/cv/4711',
      });
    const [res] = await event(jobcenter('10100'), JO.member81, 2);
    assert.equal(res.CompanyRecruitmentIdentifier, id);
    const [mine] = await candidates(jobcenter('10100'), id);
    assert.equal(Number(mine.CandidateRecruitmentStatusTypeIdentifier), 2);
    assert.equal(mine.CandidateUrl, 'https://www.jobnet.dk/cv/4711');
    await event(star(), JO.member81, 3);
    assert.equal(Number((await candidates(star(), id))[0].CandidateRecruitmentStatusTypeIdentifier), 3);
    await refusedWithoutWrites(h().db, () => event(jobcenter('10100'), JO.member99, 2), '4931');
    await refusedWithoutWrites(h().db, () => event(jobcenter('20100'), JO.member81, 2), '4920');
    await refusedWithoutWrites(h().db, () => event(kommune('101'), JO.member81, 2), '4575');
    await refusedWithoutWrites(h().db, () => event(star(), JO.member81, 10), '9131');
  });

  test('issue 12 defect 2 / R-JO-06 / R-CV-02 (D-121): an a-kasse that names another a-kasse as primary authority gains nothing over its members until that a-kasse accepts; the invited one reads the order and accepts by naming itself', async () => {
    const id = await create(akasse('81'), cooperating99);
    const healthOf99 = () =>
      client(akasse('81')).then((c) =>
        c.GetCandidatePlacementDataAsync({
          CompanyRecruitmentIdentifier: id,
          PersonCivilRegistrationIdentifier: JO.member99,
          DataArea: 'HealthLimitations',
          GuestAccessComment: 'Indhentning af oplysninger i forbindelse med formidling',
        }),
      );
    await refusedWithoutWrites(h().db, () => place(akasse('81'), id, JO.member99), '4923');
    await refusedWithoutWrites(h().db, healthOf99, '4922');
    // The invitation is visible to the invited a-kasse (it reads the order and is told of it) …
    const seen = await get(akasse('99'), id);
    assert.deepEqual(
      list<any>(seen.CompanyRecruitment.PrimaryRecruitmentAuthorities.RecruitmentAuthority).map(
        (a) => `${a.OrganisationTypeIdentifier}:${a.OrganisationCode}`,
      ),
      ['2:81', '2:99'],
    );
    assert.ok((await messages('GetCompanyRecruitmentVersion4')).includes('2:99'), 'the invited a-kasse is told');
    // … but it has no primary authority's rights before it accepts: an update not naming itself is refused.
    await refusedWithoutWrites(
      h().db,
      async () =>
        (await client(akasse('99'))).UpdateCompanyRecruitmentAsync(order({ CompanyRecruitmentIdentifier: id })),
      '4926',
    );
    await refusedWithoutWrites(h().db, () => place(akasse('99'), id, JO.member81), '4926');
    await accept99(id);
    await place(akasse('81'), id, JO.member99);
    assert.deepEqual(list((await healthOf99())[0].HealthLimitations.HealthLimitation), ['Ingen natarbejde']);
  });

  test('issue 12 defect 2 / R-CV-02 (D-124): health limitations only of a member of the caller or of an a-kasse cooperating on the order; a candidate who moved to another a-kasse is refused with 4922', async () => {
    const id = await create(akasse('81'));
    await place(akasse('81'), id, JO.member81);
    await h().load(member81MovedTo99);
    const read = (dataArea: string) =>
      client(akasse('81')).then((c) =>
        c.GetCandidatePlacementDataAsync({
          CompanyRecruitmentIdentifier: id,
          PersonCivilRegistrationIdentifier: JO.member81,
          DataArea: dataArea,
          GuestAccessComment: 'Indhentning af oplysninger i forbindelse med formidling',
        }),
      );
    const refused = await refusedWithoutWrites(h().db, () => read('HealthLimitations'), '4922');
    assert.equal(refused.text, 'User is not allowed to access the specified person');
    assert.doesNotMatch(refused.body, /Kan ikke løfte/);
    await refusedWithoutWrites(h().db, () => read('CV'), '4922');
  });

  test("R-CV-02: an a-kasse reads a cooperating a-kasse's candidate's CV and health limitations with the prescribed comment, nothing else", async () => {
    const id = await create(akasse('81'), {
      PrimaryRecruitmentAuthorities: {
        RecruitmentAuthority: [{ OrganisationTypeIdentifier: 2, OrganisationCode: '99' }],
      },
    });
    await accept99(id);
    await place(akasse('81'), id, JO.member99);
    const read = async (dataArea: string, comment = 'Indhentning af oplysninger i forbindelse med formidling') =>
      (
        await (
          await client(akasse('81'))
        ).GetCandidatePlacementDataAsync({
          CompanyRecruitmentIdentifier: id,
          PersonCivilRegistrationIdentifier: JO.member99,
          DataArea: dataArea,
          GuestAccessComment: comment,
        })
      )[0];
    assert.deepEqual(list((await read('CV')).Occupations.ConceptUriDa), [KRANFOERER]);
    assert.deepEqual(list((await read('HealthLimitations')).HealthLimitations.HealthLimitation), ['Ingen natarbejde']);
    const audit = await auditEvents(h().db, { cpr: JO.member99, kind: 'guest-access' });
    assert.deepEqual(
      audit.map((e) => [
        e.kind,
        e.dataArea,
        `${e.organisationType}:${e.organisationCode}`,
        e.detail.jobOrder,
        e.detail.memberOf,
      ]),
      [
        ['guest-access', 'HealthLimitations', '2:81', id.toLowerCase(), '99'],
        ['guest-access', 'CV', '2:81', id.toLowerCase(), '99'],
      ],
      'every guest access is audited, the health data read among them',
    );
    assert.ok(
      audit.every((e) => /^[0-9a-f-]{36}$/.test(e.requestId ?? '')),
      'each row names its request',
    );
    assert.equal((await refusedWithoutWrites(h().db, () => read('CV', 'Formidling'), '4929')).code, '4929');
    assert.equal((await refusedWithoutWrites(h().db, () => read('Plan'), '4930')).code, '4930');
    // DFDG's guest-access codes keep their meaning (conventions.md §5): a comment with HTML tags is 4933, a
    // citizen who is not a candidate on the order is 4922 "User is not allowed to access the specified person".
    const tagged = await refusedWithoutWrites(h().db, () => read('CV', '<b>Indhentning</b> af oplysninger'), '4933');
    assert.equal(tagged.text, 'The comment text cannot contain html tags');
    const outsider = async () =>
      (await client(akasse('81'))).GetCandidatePlacementDataAsync({
        CompanyRecruitmentIdentifier: id,
        PersonCivilRegistrationIdentifier: JO.outsideCitizen,
        DataArea: 'CV',
        GuestAccessComment: 'Indhentning af oplysninger i forbindelse med formidling',
      });
    assert.equal(
      (await refusedWithoutWrites(h().db, outsider, '4922')).text,
      'User is not allowed to access the specified person',
    );
    assert.equal(
      (
        await fault(
          (async () =>
            await (
              await client(jobcenter('10100'))
            ).GetCandidatePlacementDataAsync({
              CompanyRecruitmentIdentifier: id,
              PersonCivilRegistrationIdentifier: JO.member99,
              DataArea: 'CV',
              GuestAccessComment: 'Indhentning af oplysninger i forbindelse med formidling',
            }))(),
        )
      ).code,
      '4575',
    );
  });

  test('access: a municipality reads only orders it is a party of; STAR reads all', async () => {
    const id = await create(jobcenter('10100'));
    await refusedWithoutWrites(h().db, () => get(kommune('101'), id), '4920');
    const [all] = await (await client(star())).SearchCompanyRecruitmentAsync({ CVRnumberIdentifier: CVR });
    assert.equal(list(all.CompanyRecruitmentInfoCollection.CompanyRecruitmentInfo).length, 1);
  });
});
