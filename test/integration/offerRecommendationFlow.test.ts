// R-DLG-01 → R-DLG-02 → R-PLAN-07 end to end over SOAP on each dialect: during absence 75 the a-kasse recommends an
// offer under LAB (type 11 'Indstilling om tilbud'), the jobcentre approves it, the jobcentre registers the offer as
// an activity through ActivityService while the a-kasse registering the same offer itself is refused (5002, nothing
// written), and the a-kasse reads the approval and the registered offer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, jobcenter, refusedWithoutWrites, type Caller } from '../support/soapHarness.ts';
import { asArray } from '../support/wsrmCalls.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';

const VIRKSOMHEDSPRAKTIK = 9004;

const fromUser = (c: Caller) => ({
  UserTypeIdentifier: 2,
  UserIdentifier: 'RID-1234',
  FullName: 'Mette Sagsbehandler',
  OrganisationTypeIdentifier: c.organisationType,
});

/** The recommended offer as a CreateActivity request: a 'Virksomhedspraktik' (a LAB offer, R-PLAN-07). */
const praktik = (cpr: string) => ({
  PersonCivilRegistrationIdentifier: cpr,
  ActivityItem: {
    ActivityCoreItem: {
      StartDate: '2024-03-11',
      EndDate: '2024-04-05',
      ActivationTypeIdentifier: VIRKSOMHEDSPRAKTIK,
      ResponsibleAuthority: {
        AuthorityStructure: {
          AuthorityCode: '10100',
          AuthorityName: 'Jobcenter København',
          OrganisationTypeIdentifier: 8,
        },
        CaseWorker: { CaseWorkerGivenName: 'Mette', CaseWorkerSurname: 'Sagsbehandler' },
      },
    },
  },
});

eachDatabase('an offer the a-kasse recommends, end to end', '2024-03-04', contactProcessScenario, (h) => {
  const messages = (c: Caller) => h().client('CitizenMessageService', c);
  const activities = (c: Caller) => h().client('ActivityService', c);

  test("R-DLG-01 → R-DLG-02 → R-PLAN-07: the a-kasse's type-11 recommendation during absence 75 is approved; the jobcentre registers the offer (accepted), the a-kasse registering it is refused (5002, nothing written); the a-kasse reads the approval", async () => {
    const cpr = KP.akassePeriod; // dagpenge, contact group 1, absence 75 open since 10 Jan 2024

    // R-DLG-01: the recommendation, to the citizen's jobcentre (no ToOrganisation needed).
    const [sent] = await (
      await messages(akasse('81'))
    ).CreateMessageAsync({
      FromUser: fromUser(akasse('81')),
      PersonCivilRegistrationIdentifier: cpr,
      CitizenMessageTypeIdentifier: 11,
      MessageHeadline: 'A-kassens indstilling til jobcentret om tilbud',
      MessageText: 'Medlemmet og a-kassen er enige: virksomhedspraktik hos Eksempel ApS, 4 uger.',
    });
    const recommendation = sent.CitizenMessageIdentifier as string;

    // R-DLG-02: the jobcentre approves; no copy goes back on an approval.
    const [decided] = await (
      await messages(jobcenter())
    ).SaveOfferRecommendationDecisionAsync({
      PersonCivilRegistrationIdentifier: cpr,
      CitizenMessageIdentifier: recommendation,
      OfferDecisionTypeIdentifier: 1,
    });
    assert.equal(decided.RejectionCopyMessageIdentifier, undefined);

    // R-PLAN-07: the a-kasse may only recommend the offer, not register it …
    const refusal = await refusedWithoutWrites(
      h().db,
      async () => (await activities(akasse('81'))).CreateActivityAsync(praktik(cpr)),
      '5002',
    );
    assert.match(refusal.body, /R-PLAN-07/);
    // … the jobcentre registers it.
    const [created] = await (await activities(jobcenter())).CreateActivityAsync(praktik(cpr));
    const activityId = String(created.ServiceReceipt.MessageIdentifier);

    // The a-kasse reads the jobcentre's approval of its recommendation, and the offer the jobcentre registered.
    const [read] = await (
      await messages(akasse('81'))
    ).GetCitizenMessagesAsync({ PersonCivilRegistrationIdentifier: cpr });
    const seen = asArray<any>(read.CitizenMessageCollection?.CitizenMessage);
    assert.deepEqual(
      seen.map((m) => m.CitizenMessageIdentifier),
      [recommendation],
      'an approval sends no message',
    );
    const decision = seen[0].OfferDecision;
    assert.equal(Number(decision.OfferDecisionTypeIdentifier), 1);
    assert.deepEqual(
      [
        Number(decision.DecidingOrganisation.OrganisationTypeIdentifier),
        decision.DecidingOrganisation.OrganisationCode,
      ],
      [8, '10100'],
    );
    assert.equal(decision.RejectionCopyMessageIdentifier, undefined);
    assert.match(String(decision.DecisionDateTime), /^2024-03-04T/);

    const [registered] = await (
      await activities(akasse('81'))
    ).GetActivitiesAsync({ PersonCivilRegistrationIdentifier: cpr });
    assert.deepEqual(
      asArray<any>(registered.ActivityCollection?.ActivityRegistration).map((a) => [
        a.ActivityItem.ActivityCoreItem.ActivityIdentifier,
        Number(a.ActivityItem.ActivityCoreItem.ActivationTypeIdentifier),
      ]),
      [[activityId, VIRKSOMHEDSPRAKTIK]],
    );
  });
});
