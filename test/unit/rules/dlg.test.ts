// The DLG rules (dialog module, CitizenMessageService) as pure units: each test is named by its rule id.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CitizenMessageType, OfferDecision, type CitizenMessage } from '../../../src/domain/citizenMessage.ts';
import type { AuthorityActor, CitizenState, IsoDate } from '../../../src/domain/types.ts';
import { firstViolation, inForce } from '../../../src/rules/engine.ts';
import { citizenMessageRules, offerDecisionRules } from '../../../src/rules/index.ts';
import type { CitizenMessageCommand } from '../../../src/rules/dlg/dialog-command.ts';
import { offerRecommendation } from '../../../src/rules/dlg/r-dlg-01-offer-recommendation.ts';
import { offerDecision } from '../../../src/rules/dlg/r-dlg-02-offer-decision.ts';
import { controlActionRequest } from '../../../src/rules/dlg/r-dlg-03-control-action.ts';
import { offerMessagesInAkassePeriod } from '../../../src/rules/dlg/r-dlg-04-offer-messages-akasse-period.ts';
import { draftPlanRetired } from '../../../src/rules/dlg/r-dlg-05-draft-plan-retired.ts';
import { dialogMessageTypes } from '../../../src/rules/dlg/r-dlg-06-message-types.ts';
import { AKASSE_A, AKASSE_B, JOBCENTER, absence, akasse, citizen, jobcenter, membership } from './fixtures.ts';

const AK = akasse() as AuthorityActor;
const JC = jobcenter() as AuthorityActor;
const toJobcentre = { organisationType: 8, organisationCode: JOBCENTER };
const toAkasse = { organisationType: 2, organisationCode: AKASSE_A };

/** A member of a-kasse 81 with absence 75 from 10 Jan 2024, open unless `ended`. */
const inAkassePeriod = (ended: IsoDate | null = null): CitizenState =>
  citizen({
    memberships: [membership(AKASSE_A, '2015-01-01')],
    absences: [absence(75, '2024-01-10', { endDate: ended })],
  });

const cmd = (over: Partial<CitizenMessageCommand> = {}): CitizenMessageCommand => ({
  citizen: inAkassePeriod(),
  actor: AK,
  messageType: CitizenMessageType.IndstillingOmTilbud,
  receiver: toJobcentre,
  date: '2024-01-15',
  ...over,
});
const refusal = (c: CitizenMessageCommand) => firstViolation(citizenMessageRules, c, c.date);

const recommendation = (over: Partial<CitizenMessage> = {}): CitizenMessage => ({
  id: 'm1',
  cpr: '0101901234',
  threadId: 'm1',
  messageType: CitizenMessageType.IndstillingOmTilbud,
  sender: toAkasse,
  senderUser: { userType: 2, userIdentifier: 'RID', fullName: 'A' },
  receiver: toJobcentre,
  headline: 'h',
  text: 't',
  createdAt: '2024-01-15T10:00:00+01:00',
  businessDate: '2024-01-15',
  document: null,
  offerDecision: null,
  ...over,
});

describe('DLG rules', () => {
  test('R-DLG-01: a type-11 recommendation goes to the citizen’s jobcentre; another receiver is refused', () => {
    assert.equal(offerRecommendation.evaluate(cmd(), '2024-01-15'), null);
    assert.equal(
      offerRecommendation.evaluate(cmd({ receiver: toAkasse }), '2024-01-15')?.fault,
      'OfferMessageReceiverNotJobcentre',
    );
    assert.equal(
      offerRecommendation.evaluate(cmd({ receiver: { organisationType: 8, organisationCode: '20100' } }), '2024-01-15')
        ?.fault,
      'OfferMessageReceiverNotJobcentre',
    );
    assert.equal(offerRecommendation.evaluate(cmd({ messageType: 1, receiver: toAkasse }), '2024-01-15'), null);
    assert.equal(inForce(offerRecommendation, '2023-12-31'), false);
  });

  test('R-DLG-02: the jobcentre decides once on an a-kasse’s type 11; a rejection carries the copy, an approval none', () => {
    const c = {
      citizen: inAkassePeriod(),
      actor: JC,
      recommendation: recommendation(),
      decision: OfferDecision.Rejected,
      withCopy: true,
    };
    assert.equal(offerDecision.evaluate(c, '2024-02-01'), null);
    assert.equal(
      offerDecision.evaluate({ ...c, decision: OfferDecision.Approved, withCopy: false }, '2024-02-01'),
      null,
    );
    assert.equal(offerDecision.evaluate({ ...c, withCopy: false }, '2024-02-01')?.fault, 'RejectionCopyRequired');
    assert.equal(
      offerDecision.evaluate({ ...c, decision: OfferDecision.Approved }, '2024-02-01')?.fault,
      'RejectionCopyRequired',
    );
    assert.equal(offerDecision.evaluate({ ...c, actor: AK }, '2024-02-01')?.fault, 'OfferDecisionNotAllowed');
    assert.equal(
      offerDecision.evaluate({ ...c, actor: jobcenter('20100') as AuthorityActor }, '2024-02-01')?.fault,
      'OfferDecisionNotAllowed',
    );
    assert.equal(
      offerDecision.evaluate({ ...c, recommendation: recommendation({ messageType: 1 }) }, '2024-02-01')?.fault,
      'NotAnOfferRecommendation',
    );
    assert.equal(
      offerDecision.evaluate({ ...c, recommendation: recommendation({ sender: toJobcentre }) }, '2024-02-01')?.fault,
      'NotAnOfferRecommendation',
      'the rejection copy itself is not decided on',
    );
    const decided = recommendation({
      offerDecision: {
        decision: 1,
        decidedAt: '2024-01-20T10:00:00+01:00',
        decidedBy: toJobcentre,
        copyMessageId: null,
      },
    });
    assert.equal(offerDecision.evaluate({ ...c, recommendation: decided }, '2024-02-01')?.fault, 'OfferAlreadyDecided');
    assert.equal(firstViolation(offerDecisionRules, { ...c, withCopy: false }, '2024-02-01')?.ruleId, 'R-DLG-02');
  });

  test('R-DLG-03: a type-12 request goes to the citizen’s jobcentre', () => {
    const c = cmd({ messageType: CitizenMessageType.AntruffetIKontrolaktion });
    assert.equal(controlActionRequest.evaluate(c, '2024-01-15'), null);
    assert.equal(
      controlActionRequest.evaluate({ ...c, receiver: null }, '2024-01-15')?.fault,
      'OfferMessageReceiverNotJobcentre',
    );
    assert.equal(controlActionRequest.evaluate(cmd(), '2024-01-15'), null, 'type 11 is R-DLG-01’s');
  });

  test('R-DLG-04: types 11 and 12 only from the citizen’s a-kasse while absence 75 is open (15 Jan 2024 accepted; ended 1 Jan refused)', () => {
    assert.equal(offerMessagesInAkassePeriod.evaluate(cmd(), '2024-01-15'), null);
    assert.equal(
      offerMessagesInAkassePeriod.evaluate(cmd({ citizen: inAkassePeriod('2024-01-01') }), '2024-01-15')?.fault,
      'OfferMessageOutsideAkassePeriod',
    );
    assert.equal(
      offerMessagesInAkassePeriod.evaluate(cmd({ actor: JC }), '2024-01-15')?.fault,
      'OfferMessageSenderNotAllowed',
    );
    assert.equal(
      offerMessagesInAkassePeriod.evaluate(cmd({ actor: akasse(AKASSE_B) as AuthorityActor }), '2024-01-15')?.fault,
      'OfferMessageSenderNotAllowed',
    );
    assert.equal(
      offerMessagesInAkassePeriod.evaluate(
        cmd({
          citizen: citizen({
            memberships: [membership(AKASSE_A, '2015-01-01')],
            absences: [absence(75, '2024-01-10', { active: false })],
          }),
        }),
        '2024-01-15',
      )?.fault,
      'OfferMessageOutsideAkassePeriod',
      'an inactive absence 75 is not the a-kasse period',
    );
    assert.equal(offerMessagesInAkassePeriod.evaluate(cmd({ messageType: 1, actor: JC }), '2024-01-15'), null);
  });

  test('R-DLG-05: type 2 is refused from release 2024-1 (18 Mar 2024) and accepted the day before', () => {
    const draft = cmd({ messageType: CitizenMessageType.UdkastTilMinPlan });
    assert.equal(refusal({ ...draft, date: '2024-03-17' }), null);
    const v = refusal({ ...draft, date: '2024-03-18' });
    assert.equal(v?.ruleId, 'R-DLG-05');
    assert.equal(v?.fault, 'DraftPlanMessageRetired');
    assert.equal(draftPlanRetired.validFrom, '2024-03-18');
  });

  test('R-DLG-06: the dialog module accepts C-04 types 1–12 valid on the day; 13 is refused', () => {
    for (let t = 1; t <= 12; t++)
      assert.equal(dialogMessageTypes.evaluate(cmd({ messageType: t }), '2024-01-15'), null, `type ${t}`);
    assert.equal(dialogMessageTypes.evaluate(cmd({ messageType: 13 }), '2024-01-15')?.fault, 'InvalidCodeListValue');
    assert.equal(dialogMessageTypes.evaluate(cmd({ date: '2023-12-20' }), '2023-12-20')?.fault, 'InvalidCodeListValue');
    assert.equal(
      dialogMessageTypes.evaluate(cmd({ messageType: 2, date: '2024-03-18' }), '2024-03-18')?.fault,
      'ExpiredCodeListValue',
    );
    assert.equal(refusal(cmd({ messageType: 13 }))?.ruleId, 'R-DLG-06');
  });
});
