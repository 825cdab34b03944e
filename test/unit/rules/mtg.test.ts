import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DeadlineStatus,
  type ContactProcessState,
  type Deadline,
  type HeldInterview,
  type ImmediateBooking,
  type OnlineOffer,
  type Summons,
} from '../../../src/domain/contactProcess.ts';
import type { Actor, CitizenState, IsoDate } from '../../../src/domain/types.ts';
import type { Violation } from '../../../src/rules/engine.ts';
import type {
  BookingCommand,
  DeadlineCommand,
  HeldInterviewCommand,
  SummonsCommand,
} from '../../../src/rules/mtg/contact-command.ts';
import { akasseInterviewTypes } from '../../../src/rules/mtg/r-mtg-01-akasse-interview-types.ts';
import { cvInterviewOnlyForTransitionGroup } from '../../../src/rules/mtg/r-mtg-02-cv-interview-transition-group.ts';
import { summonsesEndingWithAkassePeriod } from '../../../src/rules/mtg/r-mtg-03-akasse-job-interviews-survive.ts';
import { participationChoice } from '../../../src/rules/mtg/r-mtg-04-participation-choice.ts';
import { deregistersWhenMissed } from '../../../src/rules/mtg/r-mtg-05-akasse-self-booking-outside-dfdg.ts';
import { type17SelfBooking } from '../../../src/rules/mtg/r-mtg-06-type-17-self-booking.ts';
import { type17Deadline } from '../../../src/rules/mtg/r-mtg-07-type-17-deadline.ts';
import { oneDeadlineAtATime } from '../../../src/rules/mtg/r-mtg-08-one-deadline.ts';
import { missedDeadlines, offersDuringImmediateBooking } from '../../../src/rules/mtg/r-mtg-09-missed-deadline.ts';
import { offerTextLengths } from '../../../src/rules/mtg/r-mtg-10-offer-text-lengths.ts';
import { flexjobFollowUpInGroup13 } from '../../../src/rules/mtg/r-mtg-11-flexjob-follow-up-group-13.ts';
import {
  heldBeforeAbsence75,
  heldWhileAbsence75Inactive,
} from '../../../src/rules/mtg/r-mtg-12-held-before-absence-75.ts';
import {
  akasseHasContactProcess,
  jobcentreOutsideGroup1,
} from '../../../src/rules/mtg/r-mtg-14-jobcentre-outside-group-1.ts';
import { endedOnReturnToGroup1 } from '../../../src/rules/mtg/r-mtg-15-return-to-group-1.ts';
import { jobcentreHeldInterviewDuringAkassePeriod } from '../../../src/rules/mtg/r-mtg-16-follow-up-type-12.ts';
import { visibleToAkasse } from '../../../src/rules/mtg/r-mtg-17-akasse-reads-7-17.ts';
import { cancellationNotices } from '../../../src/rules/not/r-not-10-cancellation-notice.ts';
import { AKASSE_A, CPR, JOBCENTER, absence, citizen, contactGroup, enrollment } from './fixtures.ts';

// ---- fixture helpers -------------------------------------------------------------------------------

type Authority = Extract<Actor, { kind: 'authority' }>;
const authority = (organisationType: number, organisationCode: string): Authority => ({
  kind: 'authority',
  organisationType,
  organisationCode,
  userIdentifier: 'u',
  userType: 2,
});
const JC = authority(8, JOBCENTER);
const AK = authority(2, AKASSE_A);

let next = 0;
const id = (prefix: string) => `${prefix}-${++next}`;

function process(parts: Partial<ContactProcessState> = {}): ContactProcessState {
  return {
    summonses: [],
    deadlines: [],
    heldInterviews: [],
    participationChoices: [],
    signup: null,
    immediateBooking: null,
    ...parts,
  };
}

function summons(interviewType: number, startTime: string, by: Authority = JC, more: Partial<Summons> = {}): Summons {
  return {
    id: id('summons'),
    cpr: CPR,
    interviewType,
    meetingGroupType: 1,
    contactType: 1,
    digitalMeetingLink: null,
    groupMeetingId: null,
    startTime,
    endTime: null,
    durationMinutes: 30,
    title: null,
    description: null,
    location: null,
    rebookingPossible: false,
    rebookingDeadline: null,
    cancellationPossible: false,
    cancellationDeadline: null,
    selfBooked: false,
    compulsoryAttendance: true,
    offerId: null,
    slotId: null,
    organisationType: by.organisationType,
    organisationCode: by.organisationCode,
    registeredBy: by,
    registeredAt: '2024-01-02T09:00:00',
    cancelledAt: null,
    cancellation: null,
    version: 1,
    ...more,
  };
}

function deadline(
  interviewType: number,
  startDate: IsoDate,
  endDate: IsoDate,
  by: Authority = JC,
  more: Partial<Deadline> = {},
): Deadline {
  return {
    id: id('deadline'),
    cpr: CPR,
    interviewType,
    startDate,
    endDate,
    dateLimit: endDate,
    status: DeadlineStatus.Active,
    organisationType: by.organisationType,
    organisationCode: by.organisationCode,
    registeredBy: by,
    registeredAt: `${startDate}T08:00:00`,
    fulfilledBySummonsId: null,
    closedAt: null,
    version: 1,
    ...more,
  };
}

function held(
  interviewType: number,
  heldAt: string,
  by: Authority = AK,
  more: Partial<HeldInterview> = {},
): HeldInterview {
  return {
    id: id('held'),
    cpr: CPR,
    interviewType,
    heldAt,
    bookingId: null,
    contactGroupWhenHeld: null,
    organisationType: by.organisationType,
    organisationCode: by.organisationCode,
    registeredBy: by,
    registeredAt: heldAt,
    ...more,
  };
}

function offer(interviewType: number, more: Partial<OnlineOffer> = {}): OnlineOffer {
  return {
    id: id('offer'),
    organisationType: 8,
    organisationCode: JOBCENTER,
    interviewType,
    contactTypes: [1],
    meetingGroupType: 1,
    title: 'Jobsamtale',
    description: null,
    location: null,
    digitalMeetingLink: null,
    rebookingPossible: true,
    cancellationPossible: true,
    cpr: null,
    slots: [],
    createdAt: '2024-01-02T09:00:00',
    withdrawnAt: null,
    ...more,
  };
}

const summonsCmd = (
  state: CitizenState,
  s: Summons,
  actor: Authority,
  date: IsoDate,
  p = process(),
): SummonsCommand => ({
  citizen: state,
  process: p,
  actor,
  date,
  summons: s,
});
const deadlineCmd = (state: CitizenState, d: Deadline, p = process(), actor: Authority = JC): DeadlineCommand => ({
  citizen: state,
  process: p,
  actor,
  date: d.startDate,
  deadline: d,
});
const bookingCmd = (state: CitizenState, o: OnlineOffer, date: IsoDate): BookingCommand => ({
  citizen: state,
  process: process(),
  actor: JC,
  date,
  offer: o,
});
const heldCmd = (state: CitizenState, i: HeldInterview, actor: Authority = AK): HeldInterviewCommand => ({
  citizen: state,
  process: process(),
  actor,
  date: i.heldAt.slice(0, 10),
  interview: i,
});

/** 'RULE-ID FaultName' for a violation, 'accepted' for null. */
const result = (v: Violation | null): string => (v ? `${v.ruleId} ${v.fault}` : 'accepted');

/** Dagpenge recipient unemployed across 1 Jan 2024 (R-KF-04). */
const transitionCitizen = citizen({
  enrollments: [enrollment(1, '2023-11-01')],
  contactGroups: [contactGroup(1, '2023-11-01')],
});
/** Registered 10 Jan 2024 under the new rules, with absence 75. */
const newRulesCitizen = citizen({
  enrollments: [enrollment(1, '2024-01-10')],
  contactGroups: [contactGroup(1, '2024-01-10')],
  absences: [absence(75, '2024-01-10')],
});

// ---- R-MTG-01 .. R-MTG-02: summons types ---------------------------------------------------------------

describe('R-MTG-01 interview types an a-kasse may summon to', () => {
  for (const type of [7, 12, 15, 17]) {
    test(`R-MTG-01: a-kasse summons to type ${type} → accepted`, () => {
      assert.equal(
        result(
          akasseInterviewTypes.evaluate(
            summonsCmd(newRulesCitizen, summons(type, '2024-02-05T10:00:00', AK), AK, '2024-02-05'),
            '2024-02-01',
          ),
        ),
        'accepted',
      );
    });
  }
  test('R-MTG-01: a-kasse summons to type 5 Fleksjobopfølgningssamtale → refused', () => {
    const v = akasseInterviewTypes.evaluate(
      summonsCmd(newRulesCitizen, summons(5, '2024-02-05T10:00:00', AK), AK, '2024-02-05'),
      '2024-02-01',
    );
    assert.equal(result(v), 'R-MTG-01 AkasseInterviewTypeNotAllowed');
  });
  test('R-MTG-01: type 10 passes this rule (left to R-MTG-02)', () => {
    assert.equal(
      akasseInterviewTypes.evaluate(
        summonsCmd(newRulesCitizen, summons(10, '2024-02-05T10:00:00', AK), AK, '2024-02-05'),
        '2024-02-01',
      ),
      null,
    );
  });
  test('R-MTG-01: the jobcentre is not restricted (type 5) → accepted', () => {
    assert.equal(
      akasseInterviewTypes.evaluate(
        summonsCmd(newRulesCitizen, summons(5, '2024-02-05T10:00:00', JC), JC, '2024-02-05'),
        '2024-02-01',
      ),
      null,
    );
  });
});

describe('R-MTG-02 CV-samtale (10) for transition-group citizens only', () => {
  test('R-MTG-02: citizen unemployed since Nov 2023 (transition group), a-kasse summons to 10 → accepted', () => {
    const c = summonsCmd(transitionCitizen, summons(10, '2024-02-05T10:00:00', AK), AK, '2024-02-05');
    assert.equal(cvInterviewOnlyForTransitionGroup.evaluate(c, '2024-02-01'), null);
  });
  test('R-MTG-02: citizen registered 10 Jan 2024 with absence 75, a-kasse summons to 10 → refused', () => {
    const c = summonsCmd(newRulesCitizen, summons(10, '2024-02-05T10:00:00', AK), AK, '2024-02-05');
    assert.equal(
      result(cvInterviewOnlyForTransitionGroup.evaluate(c, '2024-02-01')),
      'R-MTG-02 CvInterviewOnlyForTransitionGroup',
    );
  });
  test('R-MTG-02: a transition-group citizen deregistered for work since 1 Jan 2024 → refused', () => {
    const worked = citizen({ enrollments: [enrollment(1, '2023-11-01', { endDate: '2024-01-15', endReason: 1 })] });
    const c = summonsCmd(worked, summons(10, '2024-02-05T10:00:00', AK), AK, '2024-02-05');
    assert.equal(
      result(cvInterviewOnlyForTransitionGroup.evaluate(c, '2024-02-01')),
      'R-MTG-02 CvInterviewOnlyForTransitionGroup',
    );
  });
  test('R-MTG-02: other types and the jobcentre are not concerned → accepted', () => {
    assert.equal(
      cvInterviewOnlyForTransitionGroup.evaluate(
        summonsCmd(newRulesCitizen, summons(7, '2024-02-05T10:00:00', AK), AK, '2024-02-05'),
        '2024-02-01',
      ),
      null,
    );
    assert.equal(
      cvInterviewOnlyForTransitionGroup.evaluate(
        summonsCmd(newRulesCitizen, summons(10, '2024-02-05T10:00:00', JC), JC, '2024-02-05'),
        '2024-02-01',
      ),
      null,
    );
  });
});

// ---- R-MTG-03: what ends with the a-kasse period ------------------------------------------------------

describe('R-MTG-03 a-kasse jobsamtaler survive the end of absence 75', () => {
  const job7 = summons(7, '2024-04-20T10:00:00', AK);
  const avail15 = summons(15, '2024-04-22T10:00:00', AK);
  const other12 = summons(12, '2024-04-21T10:00:00', AK);
  const before12 = summons(12, '2024-04-10T10:00:00', AK);
  const cancelled12 = summons(12, '2024-04-23T10:00:00', AK, {
    cancelledAt: '2024-04-01T10:00:00',
    cancellation: 'cancelled',
  });
  const jc12 = summons(12, '2024-04-24T10:00:00', JC);
  const jc7 = summons(7, '2024-04-25T10:00:00', JC);
  const p = process({ summonses: [job7, avail15, other12, before12, cancelled12, jc12, jc7] });
  test('R-MTG-03: absence 75 ends 10 Apr 2024 → the a-kasse type 12 summons after the end is cancelled', () => {
    assert.deepEqual(
      summonsesEndingWithAkassePeriod(p, '2024-04-10').map((s) => s.id),
      [other12.id],
    );
  });
  test('R-MTG-03: the a-kasse type 7 summons for 20 Apr and type 15 summons are kept', () => {
    const ended = summonsesEndingWithAkassePeriod(p, '2024-04-10').map((s) => s.id);
    assert.ok(!ended.includes(job7.id));
    assert.ok(!ended.includes(avail15.id));
  });
  test('R-MTG-03: jobcentre summonses, summonses on/before the last day and already cancelled ones are not returned', () => {
    const ended = summonsesEndingWithAkassePeriod(p, '2024-04-10').map((s) => s.id);
    for (const s of [before12, cancelled12, jc12, jc7]) assert.ok(!ended.includes(s.id));
  });
});

// ---- R-MTG-04: participation choice ------------------------------------------------------------------

describe('R-MTG-04 participation choice for type 17 by the non-summoning authority', () => {
  test('R-MTG-04: jobcentre summons to 17, the a-kasse registers the choice → accepted', () => {
    assert.equal(
      participationChoice.evaluate(
        summonsCmd(newRulesCitizen, summons(17, '2024-02-05T10:00:00', JC), AK, '2024-02-05'),
        '2024-02-01',
      ),
      null,
    );
  });
  test('R-MTG-04: a-kasse summons to 17, the jobcentre registers the choice → accepted', () => {
    assert.equal(
      participationChoice.evaluate(
        summonsCmd(newRulesCitizen, summons(17, '2024-02-05T10:00:00', AK), JC, '2024-02-05'),
        '2024-02-01',
      ),
      null,
    );
  });
  test('R-MTG-04: the summoning jobcentre registers the choice itself → refused', () => {
    const v = participationChoice.evaluate(
      summonsCmd(newRulesCitizen, summons(17, '2024-02-05T10:00:00', JC), JC, '2024-02-05'),
      '2024-02-01',
    );
    assert.equal(result(v), 'R-MTG-04 ParticipationChoiceNotAllowed');
  });
  test('R-MTG-04: a choice on a type 7 summons → refused', () => {
    const v = participationChoice.evaluate(
      summonsCmd(newRulesCitizen, summons(7, '2024-02-05T10:00:00', JC), AK, '2024-02-05'),
      '2024-02-01',
    );
    assert.equal(result(v), 'R-MTG-04 ParticipationChoiceNotAllowed');
  });
  test('R-MTG-04: a third authority (kommune) → refused', () => {
    const v = participationChoice.evaluate(
      summonsCmd(newRulesCitizen, summons(17, '2024-02-05T10:00:00', JC), authority(7, '101'), '2024-02-05'),
      '2024-02-01',
    );
    assert.equal(result(v), 'R-MTG-04 ParticipationChoiceNotAllowed');
  });
});

// ---- R-MTG-05 .. R-MTG-09: self-booking and deadlines --------------------------------------------------

describe('R-MTG-05 DFDG deregisters only for missed jobcentre deadlines', () => {
  test('R-MTG-05: a jobcentre deadline → DFDG deregisters when missed', () => {
    assert.equal(deregistersWhenMissed(deadline(7, '2024-02-01', '2024-02-14', JC)), true);
  });
  test('R-MTG-05: an a-kasse deadline → DFDG takes no action', () => {
    assert.equal(deregistersWhenMissed(deadline(7, '2024-02-01', '2024-02-14', AK)), false);
  });
});

describe('R-MTG-06 type 17 self-booking, not for the transition group', () => {
  const afterAkasse = citizen({
    enrollments: [enrollment(1, '2024-01-10')],
    absences: [absence(75, '2024-01-10', { endDate: '2024-04-10', endReason: 41 })],
  });
  test('R-MTG-06: citizen with absence 75 ended by reason 41 books a jobcentre type 17 offer → accepted', () => {
    assert.equal(type17SelfBooking.evaluate(bookingCmd(afterAkasse, offer(17), '2024-05-01'), '2024-05-01'), null);
  });
  test('R-MTG-06: a transition-group citizen books type 17 → refused', () => {
    assert.equal(
      result(type17SelfBooking.evaluate(bookingCmd(transitionCitizen, offer(17), '2024-05-01'), '2024-05-01')),
      'R-MTG-06 Type17SelfBookingNotForTransitionGroup',
    );
  });
  test('R-MTG-06: a transition-group citizen books type 7 → accepted', () => {
    assert.equal(type17SelfBooking.evaluate(bookingCmd(transitionCitizen, offer(7), '2024-05-01'), '2024-05-01'), null);
  });
});

describe('R-MTG-07 no type 17 deadline for the transition group', () => {
  test('R-MTG-07: type 17 deadline for a citizen after the a-kasse period → accepted', () => {
    const after = citizen({
      enrollments: [enrollment(1, '2024-01-10')],
      absences: [absence(75, '2024-01-10', { endDate: '2024-04-10', endReason: 41 })],
    });
    assert.equal(
      type17Deadline.evaluate(deadlineCmd(after, deadline(17, '2024-05-01', '2024-05-14')), '2024-05-01'),
      null,
    );
  });
  test('R-MTG-07: type 17 deadline for a transition-group citizen → refused', () => {
    assert.equal(
      result(
        type17Deadline.evaluate(deadlineCmd(transitionCitizen, deadline(17, '2024-05-01', '2024-05-14')), '2024-05-01'),
      ),
      'R-MTG-07 Type17DeadlineNotForTransitionGroup',
    );
  });
  test('R-MTG-07: type 7 deadline for a transition-group citizen → accepted', () => {
    assert.equal(
      type17Deadline.evaluate(deadlineCmd(transitionCitizen, deadline(7, '2024-05-01', '2024-05-14')), '2024-05-01'),
      null,
    );
  });
});

describe('R-MTG-08 only one self-booking deadline at a time', () => {
  const active7 = deadline(7, '2024-02-01', '2024-02-14');
  const p = process({ deadlines: [active7] });
  test('R-MTG-08: active type 7 deadline 1–14 Feb 2024, new type 17 deadline 10–20 Feb → refused', () => {
    const v = oneDeadlineAtATime.evaluate(
      deadlineCmd(newRulesCitizen, deadline(17, '2024-02-10', '2024-02-20'), p),
      '2024-02-05',
    );
    assert.equal(result(v), 'R-MTG-08 OverlappingDeadline');
    assert.match(v!.message, new RegExp(active7.id));
  });
  test('R-MTG-08: new type 17 deadline 15–28 Feb instead → accepted', () => {
    assert.equal(
      oneDeadlineAtATime.evaluate(
        deadlineCmd(newRulesCitizen, deadline(17, '2024-02-15', '2024-02-28'), p),
        '2024-02-05',
      ),
      null,
    );
  });
  test('R-MTG-08: starting on the last day of the active one (14 Feb) overlaps → refused', () => {
    assert.equal(
      result(
        oneDeadlineAtATime.evaluate(
          deadlineCmd(newRulesCitizen, deadline(7, '2024-02-14', '2024-02-28'), p),
          '2024-02-05',
        ),
      ),
      'R-MTG-08 OverlappingDeadline',
    );
  });
  test('R-MTG-08: an overlapping deadline that is fulfilled or closed does not count → accepted', () => {
    const done = process({
      deadlines: [
        deadline(7, '2024-02-01', '2024-02-14', JC, { status: DeadlineStatus.Fulfilled }),
        deadline(7, '2024-02-01', '2024-02-14', JC, { status: DeadlineStatus.Closed }),
      ],
    });
    assert.equal(
      oneDeadlineAtATime.evaluate(
        deadlineCmd(newRulesCitizen, deadline(17, '2024-02-10', '2024-02-20'), done),
        '2024-02-05',
      ),
      null,
    );
  });
  test('R-MTG-08: updating the active deadline itself → accepted', () => {
    assert.equal(
      oneDeadlineAtATime.evaluate(deadlineCmd(newRulesCitizen, { ...active7, endDate: '2024-02-20' }, p), '2024-02-05'),
      null,
    );
  });
});

describe('R-MTG-09 missed deadline and straksbooking', () => {
  const missed17 = deadline(17, '2024-02-01', '2024-02-14');
  test('R-MTG-09: type 17 deadline ending 14 Feb 2024 without booking, job runs 15 Feb → missed', () => {
    assert.deepEqual(
      missedDeadlines(process({ deadlines: [missed17] }), '2024-02-15').map((d) => d.id),
      [missed17.id],
    );
  });
  test('R-MTG-09: on the last day (14 Feb) it is not missed yet', () => {
    assert.deepEqual(missedDeadlines(process({ deadlines: [missed17] }), '2024-02-14'), []);
  });
  test('R-MTG-09: fulfilled jobcentre deadlines and a-kasse deadlines are not missed (R-MTG-05)', () => {
    const p = process({
      deadlines: [
        deadline(17, '2024-02-01', '2024-02-14', JC, { status: DeadlineStatus.Fulfilled }),
        deadline(7, '2024-02-01', '2024-02-14', AK),
      ],
    });
    assert.deepEqual(missedDeadlines(p, '2024-02-15'), []);
  });
  test('R-MTG-09: during straksbooking after a missed type 17 deadline only type 17 offers are shown', () => {
    const o7 = offer(7);
    const o17 = offer(17);
    const immediate: ImmediateBooking = { cpr: CPR, interviewType: 17, deadlineId: missed17.id, since: '2024-02-15' };
    assert.deepEqual(
      offersDuringImmediateBooking([o7, o17], immediate).map((o) => o.id),
      [o17.id],
    );
  });
  test('R-MTG-09: without straksbooking all offers are shown', () => {
    const all = [offer(7), offer(17)];
    assert.deepEqual(
      offersDuringImmediateBooking(all, null).map((o) => o.id),
      all.map((o) => o.id),
    );
  });
});

// ---- R-MTG-10: online offer texts ---------------------------------------------------------------------

describe('R-MTG-10 title at most 100, description at most 500 characters', () => {
  test('R-MTG-10: title of exactly 100 characters (with æøå counting one each) → accepted', () => {
    const title = 'æøå'.repeat(33) + 'a';
    assert.equal([...title].length, 100);
    assert.equal(offerTextLengths.evaluate({ title, description: null }, '2024-01-02'), null);
  });
  test('R-MTG-10: title of 101 characters → refused', () => {
    const v = offerTextLengths.evaluate({ title: 'æ'.repeat(101), description: null }, '2024-01-02');
    assert.equal(result(v), 'R-MTG-10 OfferTitleTooLong');
  });
  test('R-MTG-10: description of 500 characters → accepted', () => {
    assert.equal(offerTextLengths.evaluate({ title: 'Jobsamtale', description: 'å'.repeat(500) }, '2024-01-02'), null);
  });
  test('R-MTG-10: description of 501 characters → refused', () => {
    const v = offerTextLengths.evaluate({ title: 'Jobsamtale', description: 'x'.repeat(501) }, '2024-01-02');
    assert.equal(result(v), 'R-MTG-10 OfferDescriptionTooLong');
  });
});

// ---- R-MTG-11 .. R-MTG-13: held interviews ----------------------------------------------------------

describe('R-MTG-11 fleksjobopfølgningssamtale (5) in contact group 13', () => {
  const inGroup13 = citizen({ contactGroups: [contactGroup(13, '2023-10-01')] });
  const type5 = held(5, '2023-11-20T10:00:00', JC);
  test('R-MTG-11: type 5 in contact group 13, business date 4 Dec 2023 (release 2023-4) → accepted', () => {
    assert.equal(flexjobFollowUpInGroup13.evaluate(heldCmd(inGroup13, type5, JC), '2023-12-04'), null);
  });
  test('R-MTG-11: type 5 in contact group 13, business date 3 Dec 2023 → refused', () => {
    assert.equal(
      result(flexjobFollowUpInGroup13.evaluate(heldCmd(inGroup13, type5, JC), '2023-12-03')),
      'R-MTG-11 InterviewTypeNotAllowedForContactGroup',
    );
  });
  test('R-MTG-11: type 5 in another contact group before the release → accepted', () => {
    const inGroup2 = citizen({ contactGroups: [contactGroup(2, '2023-10-01')] });
    assert.equal(flexjobFollowUpInGroup13.evaluate(heldCmd(inGroup2, type5, JC), '2023-12-03'), null);
  });
});

describe('R-MTG-12 a-kasse held 7/17 before absence 75 starts', () => {
  const withAbsence = citizen({ enrollments: [enrollment(1, '2024-01-03')], absences: [absence(75, '2024-01-10')] });
  test('R-MTG-12: dagpenge from 3 Jan 2024, absence 75 from 10 Jan, type 7 held 5 Jan → accepted', () => {
    assert.equal(
      heldBeforeAbsence75.evaluate(heldCmd(withAbsence, held(7, '2024-01-05T10:00:00')), '2024-01-15'),
      null,
    );
  });
  test('R-MTG-12: same case, type 17 held 5 Jan → accepted', () => {
    assert.equal(
      heldBeforeAbsence75.evaluate(heldCmd(withAbsence, held(17, '2024-01-05T10:00:00')), '2024-01-15'),
      null,
    );
  });
  test('R-MTG-12: interview on 2 Jan (before the dagpenge period) → refused', () => {
    assert.equal(
      result(heldBeforeAbsence75.evaluate(heldCmd(withAbsence, held(7, '2024-01-02T10:00:00')), '2024-01-15')),
      'R-MTG-12 HeldInterviewOutsideAbsence75',
    );
  });
  test('R-MTG-12: interview on the first dagpenge day (3 Jan) → refused (strictly after, A-11)', () => {
    assert.equal(
      result(heldBeforeAbsence75.evaluate(heldCmd(withAbsence, held(7, '2024-01-03T10:00:00')), '2024-01-15')),
      'R-MTG-12 HeldInterviewOutsideAbsence75',
    );
  });
  test('R-MTG-12: same case without any absence 75 → refused', () => {
    const noAbsence = citizen({ enrollments: [enrollment(1, '2024-01-03')] });
    assert.equal(
      result(heldBeforeAbsence75.evaluate(heldCmd(noAbsence, held(7, '2024-01-05T10:00:00')), '2024-01-15')),
      'R-MTG-12 HeldInterviewOutsideAbsence75',
    );
  });
  test('R-MTG-12: the absence 75 that counts is the next one: an old, ended absence 75 does not let an interview before the new period through', () => {
    const twoPeriods = citizen({
      enrollments: [enrollment(1, '2023-01-03'), enrollment(1, '2024-03-01')],
      absences: [absence(75, '2023-01-10', { endDate: '2023-05-01' }), absence(75, '2024-03-10')],
    });
    assert.equal(
      result(heldBeforeAbsence75.evaluate(heldCmd(twoPeriods, held(7, '2024-02-20T10:00:00')), '2024-03-15')),
      'R-MTG-12 HeldInterviewOutsideAbsence75',
    );
    assert.equal(
      heldBeforeAbsence75.evaluate(heldCmd(twoPeriods, held(7, '2024-03-05T10:00:00')), '2024-03-15'),
      null,
      "after the new period's first dagpenge day",
    );
    const ended = citizen({
      enrollments: [enrollment(1, '2023-01-03')],
      absences: [absence(75, '2023-01-10', { endDate: '2023-05-01' })],
    });
    assert.equal(
      heldBeforeAbsence75.evaluate(heldCmd(ended, held(7, '2023-08-01T10:00:00')), '2024-03-15'),
      null,
      'after the only period ended (R-MTG-03)',
    );
  });
  test('R-MTG-12: interview during absence 75 (12 Jan) → accepted', () => {
    assert.equal(
      heldBeforeAbsence75.evaluate(heldCmd(withAbsence, held(7, '2024-01-12T10:00:00')), '2024-01-15'),
      null,
    );
  });
  test('R-MTG-12: a deleted absence 75 does not count → refused', () => {
    const deleted = citizen({
      enrollments: [enrollment(1, '2024-01-03')],
      absences: [absence(75, '2024-01-10', { deletedOn: '2024-01-11' })],
    });
    assert.equal(
      result(heldBeforeAbsence75.evaluate(heldCmd(deleted, held(7, '2024-01-12T10:00:00')), '2024-01-15')),
      'R-MTG-12 HeldInterviewOutsideAbsence75',
    );
  });
  test('R-MTG-12: other types and the jobcentre are not concerned → accepted', () => {
    const noAbsence = citizen({ enrollments: [enrollment(1, '2024-01-03')] });
    assert.equal(heldBeforeAbsence75.evaluate(heldCmd(noAbsence, held(12, '2024-01-05T10:00:00')), '2024-01-15'), null);
    assert.equal(
      heldBeforeAbsence75.evaluate(heldCmd(noAbsence, held(7, '2024-01-05T10:00:00', JC), JC), '2024-01-15'),
      null,
    );
  });
});

describe('R-MTG-13 held interviews while absence 75 is inactive', () => {
  const inactive = citizen({
    enrollments: [enrollment(1, '2022-01-03')],
    contactGroups: [contactGroup(1, '2022-01-03', '2022-02-28'), contactGroup(25, '2022-03-01')],
    absences: [absence(75, '2022-01-10', { active: false })],
  });
  test('R-MTG-13: the rule is in force from 14 Mar 2022', () => {
    assert.equal(heldWhileAbsence75Inactive.validFrom, '2022-03-14');
  });
  test('R-MTG-13: absence 75 inactive since 1 Mar (group 25), a-kasse registers type 7 held 25 Feb, business date 14 Mar 2022 → accepted', () => {
    assert.equal(heldBeforeAbsence75.evaluate(heldCmd(inactive, held(7, '2022-02-25T10:00:00')), '2022-03-14'), null);
  });
  test('R-MTG-13: same case with business date 13 Mar 2022 (inactive absence does not count yet) → refused', () => {
    assert.equal(
      result(heldBeforeAbsence75.evaluate(heldCmd(inactive, held(7, '2022-02-25T10:00:00')), '2022-03-13')),
      'R-MTG-12 HeldInterviewOutsideAbsence75',
    );
  });
  test('R-MTG-13: inactive absence 75, interview before its start but after the first dagpenge day → accepted', () => {
    assert.equal(heldBeforeAbsence75.evaluate(heldCmd(inactive, held(7, '2022-01-05T10:00:00')), '2022-04-01'), null);
  });
});

// ---- R-MTG-14 .. R-MTG-16: the jobcentre during the a-kasse period ------------------------------------

describe('R-MTG-14 the jobcentre may work with citizens with absence 75 outside contact group 1', () => {
  const inGroup = (group: number, active = true) =>
    citizen({ contactGroups: [contactGroup(group, '2022-01-01')], absences: [absence(75, '2022-01-10', { active })] });
  const cmd = (state: CitizenState, actor: Authority = JC) =>
    summonsCmd(state, summons(12, '2022-04-05T10:00:00', actor), actor, '2022-04-05');
  test('R-MTG-14: absence 75 active and contact group 1 → the a-kasse has the contact process, jobcentre summons refused', () => {
    assert.equal(akasseHasContactProcess(cmd(inGroup(1)), '2022-04-01'), true);
    assert.equal(
      result(jobcentreOutsideGroup1.evaluate(cmd(inGroup(1)), '2022-04-01')),
      'R-MTG-14 AkasseHasContactProcess',
    );
  });
  test('R-MTG-14: absence 75 active and contact group 24, jobcentre summons to type 12 → accepted', () => {
    assert.equal(akasseHasContactProcess(cmd(inGroup(24)), '2022-04-01'), false);
    assert.equal(jobcentreOutsideGroup1.evaluate(cmd(inGroup(24)), '2022-04-01'), null);
  });
  test('R-MTG-14: before release 2022-1 (business date 13 Mar 2022) contact group 24 is refused too', () => {
    assert.equal(akasseHasContactProcess(cmd(inGroup(24)), '2022-03-13'), true);
    assert.equal(
      result(jobcentreOutsideGroup1.evaluate(cmd(inGroup(24)), '2022-03-13')),
      'R-MTG-14 AkasseHasContactProcess',
    );
  });
  test('R-MTG-14: inactive absence 75 in contact group 1 → accepted', () => {
    assert.equal(jobcentreOutsideGroup1.evaluate(cmd(inGroup(1, false)), '2022-04-01'), null);
  });
  test('R-MTG-14: absence 75 ended before the command day → accepted', () => {
    const ended = citizen({
      contactGroups: [contactGroup(1, '2022-01-01')],
      absences: [absence(75, '2022-01-10', { endDate: '2022-04-01', endReason: 41 })],
    });
    assert.equal(jobcentreOutsideGroup1.evaluate(cmd(ended), '2022-04-02'), null);
  });
  test('R-MTG-14: the a-kasse itself is not kept out → accepted', () => {
    assert.equal(jobcentreOutsideGroup1.evaluate(cmd(inGroup(1), AK), '2022-04-01'), null);
  });
  test('R-MTG-14: a jobcentre deadline in contact group 24 is accepted, in contact group 1 refused', () => {
    const d = deadline(7, '2022-04-05', '2022-04-20');
    assert.equal(jobcentreOutsideGroup1.evaluate(deadlineCmd(inGroup(24), d), '2022-04-01'), null);
    assert.equal(
      result(jobcentreOutsideGroup1.evaluate(deadlineCmd(inGroup(1), d), '2022-04-01')),
      'R-MTG-14 AkasseHasContactProcess',
    );
  });
});

describe('R-MTG-15 automatic cancellation on return to contact group 1', () => {
  const a75 = absence(75, '2022-01-10');
  const inGroup24 = citizen({
    contactGroups: [contactGroup(1, '2022-01-01', '2022-01-31'), contactGroup(24, '2022-02-01')],
    absences: [a75],
  });
  const jcSummons = summons(12, '2022-03-05T10:00:00', JC);
  const jcBooking = summons(7, '2022-03-07T10:00:00', JC, { selfBooked: true, offerId: 'o', slotId: 's' });
  const jcPast = summons(12, '2022-02-20T10:00:00', JC);
  const jcCancelled = summons(12, '2022-03-06T10:00:00', JC, {
    cancelledAt: '2022-02-25T10:00:00',
    cancellation: 'cancelled',
  });
  const akSummons = summons(7, '2022-03-05T11:00:00', AK);
  const jcDeadline = deadline(7, '2022-02-15', '2022-03-10');
  const jcFulfilled = deadline(7, '2022-02-01', '2022-02-10', JC, { status: DeadlineStatus.Fulfilled });
  const akDeadline = deadline(7, '2022-02-15', '2022-03-10', AK);
  const p = process({
    summonses: [jcSummons, jcBooking, jcPast, jcCancelled, akSummons],
    deadlines: [jcDeadline, jcFulfilled, akDeadline],
  });

  test('R-MTG-15: active 75, group 24 → 1 on 1 Mar 2022 → jobcentre summonses/bookings from that day and active jobcentre deadlines end', () => {
    const ended = endedOnReturnToGroup1(inGroup24, p, 1, '2022-03-01');
    assert.deepEqual(
      ended.summonses.map((s) => s.id),
      [jcSummons.id, jcBooking.id],
    );
    assert.deepEqual(
      ended.deadlines.map((d) => d.id),
      [jcDeadline.id],
    );
  });
  test('R-MTG-15: a-kasse summonses and deadlines are untouched', () => {
    const ended = endedOnReturnToGroup1(inGroup24, p, 1, '2022-03-01');
    assert.ok(!ended.summonses.some((s) => s.id === akSummons.id));
    assert.ok(!ended.deadlines.some((d) => d.id === akDeadline.id));
  });
  test('R-MTG-15: same case with absence 75 inactive → no cancellation', () => {
    const inactive = { ...inGroup24, absences: [{ ...a75, active: false }] };
    assert.deepEqual(endedOnReturnToGroup1(inactive, p, 1, '2022-03-01'), { deadlines: [], summonses: [] });
  });
  test('R-MTG-15: no absence 75 (or one ended before the change) → no cancellation', () => {
    assert.deepEqual(endedOnReturnToGroup1({ ...inGroup24, absences: [] }, p, 1, '2022-03-01'), {
      deadlines: [],
      summonses: [],
    });
    const ended = { ...inGroup24, absences: [{ ...a75, endDate: '2022-02-20', endReason: 41 }] };
    assert.deepEqual(endedOnReturnToGroup1(ended, p, 1, '2022-03-01'), { deadlines: [], summonses: [] });
  });
  test('R-MTG-15: a change to a group other than 1 → no cancellation', () => {
    assert.deepEqual(endedOnReturnToGroup1(inGroup24, p, 25, '2022-03-01'), { deadlines: [], summonses: [] });
  });
  test('R-MTG-15: previous group already 1 (or none) → no cancellation', () => {
    const inGroup1 = citizen({ contactGroups: [contactGroup(1, '2022-01-01')], absences: [a75] });
    assert.deepEqual(endedOnReturnToGroup1(inGroup1, p, 1, '2022-03-01'), { deadlines: [], summonses: [] });
    assert.deepEqual(endedOnReturnToGroup1(citizen({ absences: [a75] }), p, 1, '2022-03-01'), {
      deadlines: [],
      summonses: [],
    });
  });
});

describe('R-MTG-16 the jobcentre follows up with type 12 during the a-kasse period', () => {
  const akassePeriod = citizen({
    contactGroups: [contactGroup(1, '2024-01-10')],
    absences: [absence(75, '2024-01-10')],
  });
  test('R-MTG-16: absence 75 open, the jobcentre registers a held type 12 → accepted', () => {
    assert.equal(
      jobcentreHeldInterviewDuringAkassePeriod.evaluate(
        heldCmd(akassePeriod, held(12, '2024-03-05T10:00:00', JC), JC),
        '2024-03-05',
      ),
      null,
    );
  });
  test('R-MTG-16: absence 75 open, the jobcentre registers a held type 7 → refused', () => {
    const v = jobcentreHeldInterviewDuringAkassePeriod.evaluate(
      heldCmd(akassePeriod, held(7, '2024-03-05T10:00:00', JC), JC),
      '2024-03-05',
    );
    assert.equal(result(v), 'R-MTG-14 AkasseHasContactProcess');
  });
  test('R-MTG-16: before 1 Jan 2024 a held type 12 in the a-kasse period → refused', () => {
    const early = citizen({ contactGroups: [contactGroup(1, '2023-06-01')], absences: [absence(75, '2023-06-01')] });
    const v = jobcentreHeldInterviewDuringAkassePeriod.evaluate(
      heldCmd(early, held(12, '2023-12-05T10:00:00', JC), JC),
      '2023-12-05',
    );
    assert.equal(result(v), 'R-MTG-14 AkasseHasContactProcess');
  });
  test('R-MTG-16: after absence 75 ended, the jobcentre registers type 7 → accepted', () => {
    const after = citizen({
      contactGroups: [contactGroup(1, '2024-01-10')],
      absences: [absence(75, '2024-01-10', { endDate: '2024-04-10', endReason: 41 })],
    });
    assert.equal(
      jobcentreHeldInterviewDuringAkassePeriod.evaluate(
        heldCmd(after, held(7, '2024-04-20T10:00:00', JC), JC),
        '2024-04-20',
      ),
      null,
    );
  });
});

// ---- R-MTG-17: what the a-kasse reads -----------------------------------------------------------------

describe('R-MTG-17 the a-kasse reads 7 and 17 from contact group 1 or 8', () => {
  test('R-MTG-17: type 7 held in contact group 1 or 8 → visible', () => {
    assert.equal(visibleToAkasse(held(7, '2024-02-01T10:00:00', JC, { contactGroupWhenHeld: 1 })), true);
    assert.equal(visibleToAkasse(held(7, '2024-02-01T10:00:00', JC, { contactGroupWhenHeld: 8 })), true);
    assert.equal(visibleToAkasse(held(17, '2024-02-01T10:00:00', JC, { contactGroupWhenHeld: 1 })), true);
  });
  test('R-MTG-17: type 7 held in contact group 2 (or unknown) → not visible', () => {
    assert.equal(visibleToAkasse(held(7, '2024-02-01T10:00:00', JC, { contactGroupWhenHeld: 2 })), false);
    assert.equal(visibleToAkasse(held(17, '2024-02-01T10:00:00', JC, { contactGroupWhenHeld: null })), false);
  });
  test('R-MTG-17: of a type 7 in group 2 and another in group 1 only the group 1 one is returned', () => {
    const g2 = held(7, '2024-02-01T10:00:00', JC, { contactGroupWhenHeld: 2 });
    const g1 = held(7, '2024-03-01T10:00:00', JC, { contactGroupWhenHeld: 1 });
    assert.deepEqual(
      [g2, g1].filter(visibleToAkasse).map((h) => h.id),
      [g1.id],
    );
  });
  test('R-MTG-17: type 12 is visible regardless of the contact group', () => {
    assert.equal(visibleToAkasse(held(12, '2024-02-01T10:00:00', JC, { contactGroupWhenHeld: 2 })), true);
  });
  test('R-MTG-17: type 5 is not on the a-kasse list → not visible', () => {
    assert.equal(visibleToAkasse(held(5, '2024-02-01T10:00:00', JC, { contactGroupWhenHeld: 1 })), false);
  });
});

// ---- R-NOT-10: notices for automatic cancellations ---------------------------------------------------

describe('R-NOT-10 SMS and e-mail when a summons is cancelled automatically', () => {
  const s = summons(12, '2022-03-05T10:00:00', JC, { title: 'Opfølgning' });
  test('R-NOT-10: signed up for SMS only → one SMS', () => {
    assert.deepEqual(cancellationNotices({ cpr: CPR, sms: true, email: false }, s), [
      { channel: 'sms', text: 'Din samtale 2022-03-05 kl. 10:00 (Opfølgning) er aflyst.' },
    ]);
  });
  test('R-NOT-10: signed up for both → an SMS and an e-mail', () => {
    assert.deepEqual(
      cancellationNotices({ cpr: CPR, sms: true, email: true }, s).map((n) => n.channel),
      ['sms', 'email'],
    );
  });
  test('R-NOT-10: not signed up (signup null or both channels off) → no notice', () => {
    assert.deepEqual(cancellationNotices(null, s), []);
    assert.deepEqual(cancellationNotices({ cpr: CPR, sms: false, email: false }, s), []);
  });
  test('R-NOT-10: the time in the notice is Danish wall-clock time, whatever offset the summons was sent with', () => {
    const utc = summons(12, '2022-03-05T23:30:00Z', JC);
    assert.deepEqual(cancellationNotices({ cpr: CPR, sms: true, email: false }, utc), [
      { channel: 'sms', text: 'Din samtale 2022-03-06 kl. 00:30 er aflyst.' },
    ]);
  });
  test('R-NOT-10: a summons without a title → text without parentheses', () => {
    const untitled = summons(12, '2022-03-05T10:00:00', JC);
    assert.deepEqual(cancellationNotices({ cpr: CPR, sms: false, email: true }, untitled), [
      { channel: 'email', text: 'Din samtale 2022-03-05 kl. 10:00 er aflyst.' },
    ]);
  });
  test('R-NOT-10: with R-MTG-15, each cancelled summons gives its notices', () => {
    const state = citizen({ contactGroups: [contactGroup(24, '2022-02-01')], absences: [absence(75, '2022-01-10')] });
    const p = process({ summonses: [s], signup: { cpr: CPR, sms: true, email: false } });
    const notices = endedOnReturnToGroup1(state, p, 1, '2022-03-01').summonses.flatMap((x) =>
      cancellationNotices(p.signup, x),
    );
    assert.deepEqual(
      notices.map((n) => n.channel),
      ['sms'],
    );
  });
});
