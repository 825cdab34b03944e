import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  JobOrderStatus,
  ORDINARY_JOB,
  type Authority,
  type Candidate,
  type JobOrder,
} from '../../../src/domain/jobOrder.ts';
import { ClientCategory, OrganisationType, type CitizenState, type IsoDate } from '../../../src/domain/types.ts';
import { firstViolation, inForce, type Violation } from '../../../src/rules/engine.ts';
import type {
  AuthorityActor,
  HandOverCommand,
  JobOrderCommand,
  PlacementCommand,
} from '../../../src/rules/jo/job-order-command.ts';
import {
  internalJobOrders,
  isPrimary,
  mayRead,
  sharedWithAllJobcentres,
} from '../../../src/rules/jo/r-jo-01-internal-job-orders.ts';
import { availableToAll } from '../../../src/rules/jo/r-jo-02-available-to-all.ts';
import { outsideCitizen, outsideJobcentre } from '../../../src/rules/jo/r-jo-03-outside-citizen.ts';
import { numberOfPositions } from '../../../src/rules/jo/r-jo-04-number-of-positions.ts';
import { akasseOrdinaryOnly } from '../../../src/rules/jo/r-jo-05-akasse-ordinary-only.ts';
import { akasseCandidates } from '../../../src/rules/jo/r-jo-06-akasse-candidates.ts';
import { jobcentreNotOnAkasseOrders } from '../../../src/rules/jo/r-jo-07-jobcentre-not-on-akasse-orders.ts';
import { HandOverReason, handOver } from '../../../src/rules/jo/r-jo-08-handover.ts';
import { leavesAkasseOrder, removedOnAkasseChange } from '../../../src/rules/jo/r-jo-09-akasse-change.ts';
import {
  leavesOnClosedContactGroup,
  removedOnClosedContactGroup,
} from '../../../src/rules/jo/r-jo-10-contact-group-closed.ts';
import { titleRequired } from '../../../src/rules/jo/r-jo-11-title-required.ts';
import { companyView, jobagHidesPosition } from '../../../src/rules/jo/r-jo-12-jobag-hides-position.ts';
import { fejlrettet, visibleToCompany } from '../../../src/rules/jo/r-jo-13-fejlrettet.ts';
import { readyAkasser } from '../../../src/rules/jo/r-jo-14-ready-akasser.ts';
import { GUEST_ACCESS_COMMENT, guestAccess } from '../../../src/rules/cv/r-cv-02-guest-access.ts';
import {
  jobOrderParties,
  jobOrderReceivers,
  outsideJobcentreMessage,
} from '../../../src/rules/not/r-not-08-joborder-parties.ts';
import { AKASSE_A, AKASSE_B, CPR, citizen, contactGroup, enrollment, membership } from './fixtures.ts';

// ---- fixture helpers -------------------------------------------------------------------------------

const DAY: IsoDate = '2024-03-01';
const JC_A = '10100';
const JC_B = '20200';
const JC_C = '30300';
const CVR = '12345678';

const authority = (organisationType: number, organisationCode: string): AuthorityActor => ({
  kind: 'authority',
  organisationType,
  organisationCode,
  userIdentifier: 'x',
  userType: 2,
});
const party = (organisationType: number, organisationCode: string): Authority => ({
  organisationType,
  organisationCode,
});

const jcA = authority(OrganisationType.Jobcenter, JC_A);
const jcB = authority(OrganisationType.Jobcenter, JC_B);
const akA = authority(OrganisationType.AKasse, AKASSE_A);
const akB = authority(OrganisationType.AKasse, AKASSE_B);
const starActor = authority(OrganisationType.STAR, 'STAR');
const company = (cvr = CVR) => authority(OrganisationType.Virksomhed, cvr);

/** A plain authority (no actor fields), as mayRead and the order's parties take it. */
const plain = (a: AuthorityActor): Authority => party(a.organisationType, a.organisationCode);

let next = 0;
const id = (prefix: string) => `${prefix}-${++next}`;

/** An open, internal, ordinary job order of jobcentre A; `responsible` also sets `primary` unless given. */
function jobOrder(parts: Partial<JobOrder> = {}): JobOrder {
  const responsible = parts.responsible ?? plain(jcA);
  return {
    id: id('order'),
    title: 'Kranfører',
    position: null,
    conceptUri: null,
    aliasId: null,
    description: 'Kranfører til havnen',
    comment: null,
    type: ORDINARY_JOB,
    status: JobOrderStatus.Open,
    statusComment: null,
    startDate: null,
    validToDate: null,
    positions: 1,
    company: { cvr: CVR, productionUnit: null },
    responsible,
    primary: [responsible],
    availableToAll: false,
    createdBy: responsible,
    createdAt: '2024-02-01T09:00:00',
    version: 1,
    ...parts,
  };
}
const akasseOrder = (parts: Partial<JobOrder> = {}) => jobOrder({ responsible: plain(akA), ...parts });

function candidate(parts: Partial<Candidate> = {}): Candidate {
  return {
    id: id('candidate'),
    jobOrderId: 'order',
    cpr: CPR,
    status: 1,
    comment: null,
    url: null,
    placedBy: plain(jcA),
    jobcenterCode: JC_A,
    akasseCode: AKASSE_A,
    removed: false,
    changedAt: '2024-02-01T09:00:00',
    version: 1,
    ...parts,
  };
}

/** A dagpengemodtager, member of a-kasse A and in contact group 1 since 2024-01-01. */
function unemployedMember(akasseCode = AKASSE_A, more: Partial<Omit<CitizenState, 'person'>> = {}): CitizenState {
  return citizen({
    memberships: [membership(akasseCode, '2020-01-01')],
    enrollments: [enrollment(ClientCategory.Dagpengemodtager, '2024-01-01')],
    contactGroups: [contactGroup(1, '2024-01-01')],
    ...more,
  });
}

const orderCommand = (order: JobOrder, actor: AuthorityActor = jcA, responsibleReady = true): JobOrderCommand => ({
  order,
  actor,
  responsibleReady,
});
const placement = (order: JobOrder, actor: AuthorityActor, state: CitizenState): PlacementCommand => ({
  order,
  actor,
  candidate: candidate({ placedBy: plain(actor) }),
  citizen: state,
});
const handOverCommand = (
  order: JobOrder,
  actor: AuthorityActor,
  receiver: Authority,
  reason: number,
): HandOverCommand => ({ order, actor, receiver, reason });

/** 'accepted' or 'RULE-ID FaultName'. */
const result = (v: Violation | null) => (v ? `${v.ruleId} ${v.fault}` : 'accepted');

// ---- R-JO-01 / R-JO-03 / R-JO-13: who may read -----------------------------------------------------

describe('R-JO-01 internal job orders (mayRead)', () => {
  test('R-JO-01: from release 2021-1 (15 Mar 2021) an internal order is closed to other jobcentres; the day before, every jobcentre read and placed on every order', () => {
    assert.equal(internalJobOrders.id, 'R-JO-01');
    const order = jobOrder();
    assert.equal(mayRead(order, [], plain(jcB), '2021-03-14'), true, 'before the release: no internal orders');
    assert.equal(sharedWithAllJobcentres(order, '2021-03-14'), true);
    assert.equal(mayRead(order, [], plain(jcB), '2021-03-15'), false, 'from the release: internal');
    assert.equal(sharedWithAllJobcentres(order, '2021-03-15'), false);
    // What never depended on the release: a-kasser and other companies do not read it, the owner does.
    assert.equal(mayRead(order, [], plain(akB), '2021-03-14'), false);
    assert.equal(mayRead(order, [], plain(company('87654321')), '2021-03-14'), false);
    assert.equal(mayRead(order, [], plain(jcA), '2021-03-15'), true);
  });

  test('R-JO-01: an internal order of jobcentre A is readable by A but not by jobcentre B', () => {
    const order = jobOrder();
    assert.equal(mayRead(order, [], plain(jcA), DAY), true);
    assert.equal(mayRead(order, [], plain(jcB), DAY), false);
  });

  test('R-JO-01: a primary authority of a recruitment collaboration reads the order', () => {
    const order = jobOrder({ primary: [plain(jcA), plain(jcB)] });
    assert.equal(isPrimary(order, plain(jcB)), true);
    assert.equal(mayRead(order, [], plain(jcB), DAY), true);
    assert.equal(mayRead(order, [], party(OrganisationType.Jobcenter, JC_C), DAY), false);
  });

  test('R-JO-01: once the order is available to all, every jobcentre reads it (R-JO-02)', () => {
    const order = jobOrder({ availableToAll: true });
    assert.equal(mayRead(order, [], plain(jcB), DAY), true);
  });

  test('R-JO-01: sharing is with jobcentres only: a non-primary a-kasse still cannot read a shared order', () => {
    const order = jobOrder({ availableToAll: true });
    assert.equal(mayRead(order, [], plain(akB), DAY), false);
  });

  test('R-JO-01: a reader party (the jobcentre of a placed outside citizen, R-JO-03) reads the internal order', () => {
    const order = jobOrder();
    assert.equal(mayRead(order, [plain(jcB)], plain(jcB), DAY), true);
    assert.equal(mayRead(order, [plain(jcB)], party(OrganisationType.Jobcenter, JC_C), DAY), false);
  });

  test('R-JO-01: STAR reads every order', () => {
    assert.equal(mayRead(jobOrder(), [], plain(starActor), DAY), true);
    assert.equal(mayRead(akasseOrder(), [], plain(starActor), DAY), true);
  });

  test("R-JO-01: the company reads its own order (code = CVR), not another company's", () => {
    const order = jobOrder();
    assert.equal(mayRead(order, [], plain(company(CVR)), DAY), true);
    assert.equal(mayRead(order, [], plain(company('87654321')), DAY), false);
  });

  test("R-JO-01: the company no longer reads its order once it is status 4 'Fejlrettet' (R-JO-13)", () => {
    const order = jobOrder({ status: JobOrderStatus.Corrected });
    assert.equal(mayRead(order, [], plain(company(CVR)), DAY), false);
    // DFDG keeps it: the responsible jobcentre and STAR still read it.
    assert.equal(mayRead(order, [], plain(jcA), DAY), true);
    assert.equal(mayRead(order, [], plain(starActor), DAY), true);
  });
});

// ---- R-JO-02 ---------------------------------------------------------------------------------------

describe('R-JO-02 available to all', () => {
  test('R-JO-02: an internal order needs no choice: accepted for anyone', () => {
    assert.equal(result(availableToAll.evaluate(orderCommand(akasseOrder(), akA), DAY)), 'accepted');
    assert.equal(result(availableToAll.evaluate(orderCommand(jobOrder(), jcB), DAY)), 'accepted');
  });

  test('R-JO-02: the primary jobcentre may make the order available to all', () => {
    assert.equal(
      result(availableToAll.evaluate(orderCommand(jobOrder({ availableToAll: true }), jcA), DAY)),
      'accepted',
    );
  });

  test('R-JO-02: a jobcentre among several primaries of a collaboration may share', () => {
    const order = jobOrder({ primary: [plain(jcA), plain(jcB)], availableToAll: true });
    assert.equal(result(availableToAll.evaluate(orderCommand(order, jcB), DAY)), 'accepted');
  });

  test('R-JO-02: a non-primary jobcentre may not share (ShareNotAllowed)', () => {
    assert.equal(
      result(availableToAll.evaluate(orderCommand(jobOrder({ availableToAll: true }), jcB), DAY)),
      'R-JO-02 ShareNotAllowed',
    );
  });

  test('R-JO-02: an a-kasse may not share, not even its own order (ShareNotAllowed)', () => {
    assert.equal(
      result(availableToAll.evaluate(orderCommand(akasseOrder({ availableToAll: true }), akA), DAY)),
      'R-JO-02 ShareNotAllowed',
    );
  });

  test('R-JO-02: a company creating an order with a jobcentre responsible may choose to share; with an a-kasse responsible it may not', () => {
    assert.equal(
      result(availableToAll.evaluate(orderCommand(jobOrder({ availableToAll: true }), company()), DAY)),
      'accepted',
    );
    assert.equal(
      result(availableToAll.evaluate(orderCommand(akasseOrder({ availableToAll: true }), company()), DAY)),
      'R-JO-02 ShareNotAllowed',
    );
  });
});

// ---- R-JO-03 ---------------------------------------------------------------------------------------

describe('R-JO-03 outside citizen on an internal order', () => {
  test("R-JO-03: from release 2021-1 (15 Mar 2021) an outside citizen's jobcentre becomes a reader; the day before, it read the order anyway and became none", () => {
    assert.equal(outsideCitizen.id, 'R-JO-03');
    const order = jobOrder();
    assert.equal(outsideJobcentre(order, JC_C, '2021-03-14'), null);
    assert.equal(mayRead(order, [], party(OrganisationType.Jobcenter, JC_C), '2021-03-14'), true);
    assert.deepEqual(outsideJobcentre(order, JC_C, '2021-03-15'), party(OrganisationType.Jobcenter, JC_C));
  });

  test('R-JO-03: a citizen of jobcentre C placed on an internal order of A makes C a reader', () => {
    assert.deepEqual(outsideJobcentre(jobOrder(), JC_C, DAY), party(OrganisationType.Jobcenter, JC_C));
  });

  test('R-JO-03: no reader when the citizen belongs to a primary jobcentre', () => {
    assert.equal(outsideJobcentre(jobOrder(), JC_A, DAY), null);
    assert.equal(outsideJobcentre(jobOrder({ primary: [plain(jcA), plain(jcB)] }), JC_B, DAY), null);
  });

  test('R-JO-03: no reader when the order is available to all', () => {
    assert.equal(outsideJobcentre(jobOrder({ availableToAll: true }), JC_C, DAY), null);
  });

  test('R-JO-03: the outside jobcentre reads the order (R-JO-01) once it is a reader', () => {
    const order = jobOrder();
    const reader = outsideJobcentre(order, JC_C, DAY)!;
    assert.equal(mayRead(order, [], reader, DAY), false);
    assert.equal(mayRead(order, [reader], reader, DAY), true);
    assert.equal(isPrimary(order, reader), false, 'a reader is not a primary authority, so it cannot edit');
  });
});

// ---- R-JO-04 ---------------------------------------------------------------------------------------

describe('R-JO-04 number of positions', () => {
  test('R-JO-04: a descriptive rule of release 2021-1; a job order keeps the positions it was given', () => {
    assert.equal(numberOfPositions.id, 'R-JO-04');
    assert.equal(numberOfPositions.validFrom, '2021-03-15');
    assert.equal(jobOrder({ positions: 3 }).positions, 3);
  });
});

// ---- R-JO-05 ---------------------------------------------------------------------------------------

describe('R-JO-05 a-kasser own ordinary job orders only', () => {
  test('R-JO-05: an a-kasse responsible for a type 1 order is accepted', () => {
    assert.equal(result(akasseOrdinaryOnly.evaluate(orderCommand(akasseOrder({ type: 1 }), akA), DAY)), 'accepted');
  });

  test('R-JO-05: an a-kasse responsible for a type 2 order is refused (AkasseJobOrderTypeNotAllowed)', () => {
    assert.equal(
      result(akasseOrdinaryOnly.evaluate(orderCommand(akasseOrder({ type: 2 }), akA), DAY)),
      'R-JO-05 AkasseJobOrderTypeNotAllowed',
    );
  });

  test('R-JO-05: a company choosing an a-kasse as responsible for type 2 is refused too', () => {
    assert.equal(
      result(akasseOrdinaryOnly.evaluate(orderCommand(akasseOrder({ type: 2 }), company()), DAY)),
      'R-JO-05 AkasseJobOrderTypeNotAllowed',
    );
  });

  test('R-JO-05: a jobcentre responsible for a type 2 order is accepted', () => {
    assert.equal(result(akasseOrdinaryOnly.evaluate(orderCommand(jobOrder({ type: 2 }), jcA), DAY)), 'accepted');
  });

  test('R-JO-05: not in force before release 2023-4 (4 Dec 2023)', () => {
    const input = orderCommand(akasseOrder({ type: 2 }), akA);
    assert.equal(inForce(akasseOrdinaryOnly, '2023-12-03'), false);
    assert.equal(firstViolation([akasseOrdinaryOnly], input, '2023-12-03'), null);
    assert.equal(
      result(firstViolation([akasseOrdinaryOnly], input, '2023-12-04')),
      'R-JO-05 AkasseJobOrderTypeNotAllowed',
    );
  });
});

// ---- R-JO-06 ---------------------------------------------------------------------------------------

describe('R-JO-06 which candidates an a-kasse may place', () => {
  test('R-JO-06: a-kasse A places its own member', () => {
    assert.equal(
      result(akasseCandidates.evaluate(placement(akasseOrder(), akA, unemployedMember(AKASSE_A)), DAY)),
      'accepted',
    );
  });

  test('R-JO-06: a-kasse A places its own member even when not enrolled', () => {
    const state = citizen({ memberships: [membership(AKASSE_A, '2020-01-01')] });
    assert.equal(result(akasseCandidates.evaluate(placement(akasseOrder(), akA, state), DAY)), 'accepted');
  });

  test('R-JO-06: a member of a-kasse B is refused when B is not a primary authority (CandidateNotPlaceableByAkasse)', () => {
    const v = akasseCandidates.evaluate(placement(akasseOrder(), akA, unemployedMember(AKASSE_B)), DAY);
    assert.equal(result(v), 'R-JO-06 CandidateNotPlaceableByAkasse');
    assert.match(v!.message, new RegExp(`a-kasse ${AKASSE_B}`));
  });

  test('R-JO-06: an unemployed member of B is accepted once B is a primary authority', () => {
    const order = akasseOrder({ primary: [plain(akA), plain(akB)] });
    assert.equal(result(akasseCandidates.evaluate(placement(order, akA, unemployedMember(AKASSE_B)), DAY)), 'accepted');
  });

  test('R-JO-06: a member of primary B who is not enrolled on the date is refused', () => {
    const order = akasseOrder({ primary: [plain(akA), plain(akB)] });
    const state = citizen({ memberships: [membership(AKASSE_B, '2020-01-01')] });
    const v = akasseCandidates.evaluate(placement(order, akA, state), DAY);
    assert.equal(result(v), 'R-JO-06 CandidateNotPlaceableByAkasse');
    assert.match(v!.message, /not unemployed/);
  });

  test('R-JO-06: an enrollment cancelled on the business date no longer counts (end date = first day without)', () => {
    const order = akasseOrder({ primary: [plain(akA), plain(akB)] });
    const cancelledToday = unemployedMember(AKASSE_B, {
      enrollments: [enrollment(ClientCategory.Dagpengemodtager, '2024-01-01', { endDate: DAY })],
    });
    const cancelledTomorrow = unemployedMember(AKASSE_B, {
      enrollments: [enrollment(ClientCategory.Dagpengemodtager, '2024-01-01', { endDate: '2024-03-02' })],
    });
    assert.equal(
      result(akasseCandidates.evaluate(placement(order, akA, cancelledToday), DAY)),
      'R-JO-06 CandidateNotPlaceableByAkasse',
    );
    assert.equal(result(akasseCandidates.evaluate(placement(order, akA, cancelledTomorrow), DAY)), 'accepted');
  });

  test('R-JO-06: a citizen who is a member of no a-kasse is refused', () => {
    const v = akasseCandidates.evaluate(
      placement(akasseOrder(), akA, citizen({ enrollments: [enrollment(1, '2024-01-01')] })),
      DAY,
    );
    assert.equal(result(v), 'R-JO-06 CandidateNotPlaceableByAkasse');
    assert.match(v!.message, /not a member of an a-kasse/);
  });

  test('R-JO-06: membership is read on the business date (a past membership of A does not count)', () => {
    const state = unemployedMember(AKASSE_A, {
      memberships: [membership(AKASSE_A, '2020-01-01', '2024-02-29'), membership(AKASSE_B, '2024-03-01')],
    });
    assert.equal(
      result(akasseCandidates.evaluate(placement(akasseOrder(), akA, state), DAY)),
      'R-JO-06 CandidateNotPlaceableByAkasse',
    );
    assert.equal(result(akasseCandidates.evaluate(placement(akasseOrder(), akA, state), '2024-02-29')), 'accepted');
  });

  test('R-JO-06: does not apply to a jobcentre placing', () => {
    assert.equal(
      result(akasseCandidates.evaluate(placement(jobOrder(), jcA, unemployedMember(AKASSE_B)), DAY)),
      'accepted',
    );
  });
});

// ---- R-JO-07 ---------------------------------------------------------------------------------------

describe('R-JO-07 jobcentres do not place on a-kasse orders', () => {
  test('R-JO-07: a jobcentre placing on an order whose primaries are all a-kasser is refused (JobcenterCannotPlaceOnAkasseOrder)', () => {
    const order = akasseOrder({ primary: [plain(akA), plain(akB)] });
    assert.equal(
      result(jobcentreNotOnAkasseOrders.evaluate(placement(order, jcA, unemployedMember()), DAY)),
      'R-JO-07 JobcenterCannotPlaceOnAkasseOrder',
    );
  });

  test('R-JO-07: accepted after the a-kasse hands the order over to that jobcentre (R-JO-08)', () => {
    const before = akasseOrder();
    const receiver = plain(jcA);
    assert.equal(
      result(handOver.evaluate(handOverCommand(before, akA, receiver, HandOverReason.CannotPlace), DAY)),
      'accepted',
    );
    // as the hand-over handler applies it: the receiver becomes responsible and the only primary authority
    const after: JobOrder = { ...before, responsible: receiver, primary: [receiver] };
    assert.equal(
      result(jobcentreNotOnAkasseOrders.evaluate(placement(after, jcA, unemployedMember()), DAY)),
      'accepted',
    );
  });

  test('R-JO-07: a collaboration with a jobcentre among the primaries is not an a-kasse order', () => {
    const order = akasseOrder({ primary: [plain(akA), plain(jcA)] });
    assert.equal(
      result(jobcentreNotOnAkasseOrders.evaluate(placement(order, jcA, unemployedMember()), DAY)),
      'accepted',
    );
  });

  test('R-JO-07: does not apply to an a-kasse placing', () => {
    assert.equal(
      result(jobcentreNotOnAkasseOrders.evaluate(placement(akasseOrder(), akA, unemployedMember()), DAY)),
      'accepted',
    );
  });
});

// ---- R-JO-08 ---------------------------------------------------------------------------------------

describe('R-JO-08 hand-over', () => {
  test('R-JO-08: the responsible a-kasse hands over to a jobcentre with reason 2', () => {
    assert.equal(
      result(handOver.evaluate(handOverCommand(akasseOrder(), akA, plain(jcA), HandOverReason.CannotPlace), DAY)),
      'accepted',
    );
  });

  test("R-JO-08: the responsible a-kasse hands over to a jobcentre on the company's wish (reason 3)", () => {
    assert.equal(
      result(handOver.evaluate(handOverCommand(akasseOrder(), akA, plain(jcB), HandOverReason.CompanyWish), DAY)),
      'accepted',
    );
  });

  test('R-JO-08: a jobcentre cannot hand an order over to an a-kasse (HandOverNotAllowed)', () => {
    assert.equal(
      result(handOver.evaluate(handOverCommand(jobOrder(), jcA, plain(akA), HandOverReason.CannotPlace), DAY)),
      'R-JO-08 HandOverNotAllowed',
    );
    assert.equal(
      result(handOver.evaluate(handOverCommand(jobOrder(), jcA, plain(akA), HandOverReason.Misallocated), DAY)),
      'R-JO-08 HandOverNotAllowed',
    );
  });

  test('R-JO-08: a jobcentre cannot hand over to another jobcentre either: only an a-kasse hands over', () => {
    assert.equal(
      result(handOver.evaluate(handOverCommand(jobOrder(), jcA, plain(jcB), HandOverReason.CannotPlace), DAY)),
      'R-JO-08 HandOverNotAllowed',
    );
  });

  test('R-JO-08: an a-kasse that is not responsible cannot hand over, even as a primary authority', () => {
    const order = akasseOrder({ primary: [plain(akA), plain(akB)] });
    assert.equal(
      result(handOver.evaluate(handOverCommand(order, akB, plain(jcA), HandOverReason.CannotPlace), DAY)),
      'R-JO-08 HandOverNotAllowed',
    );
  });

  test("R-JO-08: a-kasse to another a-kasse only with reason 1 'Fejlallokeret'", () => {
    const order = akasseOrder();
    assert.equal(
      result(handOver.evaluate(handOverCommand(order, akA, plain(akB), HandOverReason.Misallocated), DAY)),
      'accepted',
    );
    assert.equal(
      result(handOver.evaluate(handOverCommand(order, akA, plain(akB), HandOverReason.CannotPlace), DAY)),
      'R-JO-08 HandOverNotAllowed',
    );
    assert.equal(
      result(handOver.evaluate(handOverCommand(order, akA, plain(akB), HandOverReason.CompanyWish), DAY)),
      'R-JO-08 HandOverNotAllowed',
    );
  });

  test('R-JO-08: an a-kasse cannot hand over to itself', () => {
    assert.equal(
      result(handOver.evaluate(handOverCommand(akasseOrder(), akA, plain(akA), HandOverReason.Misallocated), DAY)),
      'R-JO-08 HandOverNotAllowed',
    );
  });

  test('R-JO-08: a hand-over to an organisation that is neither jobcentre nor a-kasse is refused', () => {
    assert.equal(
      result(
        handOver.evaluate(
          handOverCommand(akasseOrder(), akA, party(OrganisationType.Kommune, '101'), HandOverReason.CannotPlace),
          DAY,
        ),
      ),
      'R-JO-08 HandOverNotAllowed',
    );
    assert.equal(
      result(
        handOver.evaluate(
          handOverCommand(akasseOrder(), akA, party(OrganisationType.Virksomhed, CVR), HandOverReason.CompanyWish),
          DAY,
        ),
      ),
      'R-JO-08 HandOverNotAllowed',
    );
  });
});

// ---- R-JO-09 ---------------------------------------------------------------------------------------

describe('R-JO-09 candidate leaves an a-kasse order on a-kasse change', () => {
  test('R-JO-09: the rule is in force from release 2023-4', () => {
    assert.equal(removedOnAkasseChange.id, 'R-JO-09');
    assert.equal(removedOnAkasseChange.validFrom, '2023-12-04');
  });

  test('R-JO-09: nothing changed: the candidate stays', () => {
    assert.equal(leavesAkasseOrder(akasseOrder(), candidate(), unemployedMember(AKASSE_A), DAY), false);
  });

  test('R-JO-09: a membership change from A to B removes the candidate', () => {
    const state = unemployedMember(AKASSE_A, {
      memberships: [membership(AKASSE_A, '2020-01-01', '2024-02-29'), membership(AKASSE_B, '2024-03-01')],
    });
    assert.equal(leavesAkasseOrder(akasseOrder(), candidate({ akasseCode: AKASSE_A }), state, DAY), true);
    assert.equal(leavesAkasseOrder(akasseOrder(), candidate({ akasseCode: AKASSE_A }), state, '2024-02-29'), false);
  });

  test('R-JO-09: a candidate whose membership ended (no a-kasse now) leaves', () => {
    const state = unemployedMember(AKASSE_A, { memberships: [membership(AKASSE_A, '2020-01-01', '2024-02-29')] });
    assert.equal(leavesAkasseOrder(akasseOrder(), candidate(), state, DAY), true);
  });

  test('R-JO-09: a candidate no longer enrolled as dagpengemodtager leaves', () => {
    const state = unemployedMember(AKASSE_A, {
      enrollments: [enrollment(ClientCategory.Dagpengemodtager, '2024-01-01', { endDate: '2024-02-15' })],
    });
    assert.equal(leavesAkasseOrder(akasseOrder(), candidate(), state, DAY), true);
  });

  test('R-JO-09: enrolled in another client category (kontanthjælp) is not insured unemployed: leaves', () => {
    const state = unemployedMember(AKASSE_A, { enrollments: [enrollment(ClientCategory.Kontanthjaelp, '2024-01-01')] });
    assert.equal(leavesAkasseOrder(akasseOrder(), candidate(), state, DAY), true);
  });

  test("R-JO-09: does not apply to a jobcentre's order", () => {
    const state = citizen({ memberships: [membership(AKASSE_B, '2024-03-01')] });
    assert.equal(leavesAkasseOrder(jobOrder(), candidate({ akasseCode: AKASSE_A }), state, DAY), false);
  });

  test('R-JO-09: an already removed candidate is not removed again', () => {
    const state = citizen({ memberships: [membership(AKASSE_B, '2024-03-01')] });
    assert.equal(leavesAkasseOrder(akasseOrder(), candidate({ removed: true }), state, DAY), false);
  });
});

// ---- R-JO-10 ---------------------------------------------------------------------------------------

describe('R-JO-10 candidate leaves when the contact group closes', () => {
  test('R-JO-10: the rule is in force from release 2023-4', () => {
    assert.equal(removedOnClosedContactGroup.id, 'R-JO-10');
    assert.equal(removedOnClosedContactGroup.validFrom, '2023-12-04');
  });

  test('R-JO-10: no contact group covers the date: the candidate leaves', () => {
    const state = citizen({ contactGroups: [contactGroup(1, '2024-01-01', '2024-02-29')] });
    assert.equal(leavesOnClosedContactGroup(candidate(), state, DAY), true);
  });

  test('R-JO-10: an open contact group (or one ending on the date itself) keeps the candidate', () => {
    assert.equal(
      leavesOnClosedContactGroup(candidate(), citizen({ contactGroups: [contactGroup(1, '2024-01-01')] }), DAY),
      false,
    );
    assert.equal(
      leavesOnClosedContactGroup(candidate(), citizen({ contactGroups: [contactGroup(1, '2024-01-01', DAY)] }), DAY),
      false,
    );
  });

  test('R-JO-10: an already removed candidate is not removed again', () => {
    assert.equal(leavesOnClosedContactGroup(candidate({ removed: true }), citizen(), DAY), false);
  });
});

// ---- R-JO-11 ---------------------------------------------------------------------------------------

describe('R-JO-11 a new job order names its job', () => {
  test('R-JO-11: title, JobordreStilling and ConceptUriDa all empty is refused (JobOrderTitleRequired)', () => {
    const order = jobOrder({ title: null, position: null, conceptUri: null });
    assert.equal(result(titleRequired.evaluate(orderCommand(order), DAY)), 'R-JO-11 JobOrderTitleRequired');
  });

  test('R-JO-11: only JobordreStilling = "Kranfører, havn" is accepted', () => {
    const order = jobOrder({ title: null, position: 'Kranfører, havn', conceptUri: null });
    assert.equal(result(titleRequired.evaluate(orderCommand(order), DAY)), 'accepted');
  });

  test('R-JO-11: only a title, or only an ESCO-STAR occupation, is accepted', () => {
    assert.equal(
      result(
        titleRequired.evaluate(orderCommand(jobOrder({ title: 'Kranfører', position: null, conceptUri: null })), DAY),
      ),
      'accepted',
    );
    const esco = jobOrder({ title: null, position: null, conceptUri: 'http://data.star.dk/esco/occupation/1' });
    assert.equal(result(titleRequired.evaluate(orderCommand(esco), DAY)), 'accepted');
  });
});

// ---- R-JO-12 / R-JO-13 -----------------------------------------------------------------------------

describe("R-JO-12 / R-JO-13 the company's view", () => {
  test('R-JO-12: companyView hides JobordreStilling and keeps the rest, without touching the order', () => {
    assert.equal(jobagHidesPosition.id, 'R-JO-12');
    const order = jobOrder({ position: 'Kranfører, havn', title: 'Kranfører' });
    const shown = companyView(order);
    assert.equal(shown.position, null);
    assert.equal(shown.title, 'Kranfører');
    assert.deepEqual({ ...shown, position: order.position }, order);
    assert.equal(order.position, 'Kranfører, havn');
  });

  test("R-JO-13: an order with status 4 'Fejlrettet' is not visible to the company", () => {
    assert.equal(fejlrettet.id, 'R-JO-13');
    assert.equal(visibleToCompany(jobOrder({ status: JobOrderStatus.Corrected })), false);
  });

  test('R-JO-13: statuses 1, 2 and 3 stay visible to the company', () => {
    for (const status of [JobOrderStatus.Open, JobOrderStatus.TemporarilyInactive, JobOrderStatus.Closed]) {
      assert.equal(visibleToCompany(jobOrder({ status })), true, `status ${status}`);
    }
  });
});

// ---- R-JO-14 ---------------------------------------------------------------------------------------

describe('R-JO-14 only ready a-kasser are responsible', () => {
  test('R-JO-14: an a-kasse that is not ready is refused (AkasseNotReadyForJobOrders)', () => {
    const v = readyAkasser.evaluate(orderCommand(akasseOrder(), company(), false), DAY);
    assert.equal(result(v), 'R-JO-14 AkasseNotReadyForJobOrders');
    assert.match(v!.message, new RegExp(AKASSE_A));
  });

  test('R-JO-14: an a-kasse that is ready is accepted', () => {
    assert.equal(result(readyAkasser.evaluate(orderCommand(akasseOrder(), company(), true), DAY)), 'accepted');
  });

  test('R-JO-14: readiness is irrelevant when a jobcentre is responsible', () => {
    assert.equal(result(readyAkasser.evaluate(orderCommand(jobOrder(), company(), false), DAY)), 'accepted');
  });
});

// ---- R-CV-02 ---------------------------------------------------------------------------------------

describe('R-CV-02 a-kasse guest access', () => {
  test('R-CV-02: the exact comment and data area CV (or health limitations) is accepted', () => {
    assert.equal(GUEST_ACCESS_COMMENT, 'Indhentning af oplysninger i forbindelse med formidling');
    assert.equal(result(guestAccess.evaluate({ comment: GUEST_ACCESS_COMMENT, dataArea: 'CV' }, DAY)), 'accepted');
    assert.equal(
      result(guestAccess.evaluate({ comment: GUEST_ACCESS_COMMENT, dataArea: 'HealthLimitations' }, DAY)),
      'accepted',
    );
  });

  test('R-CV-02: another comment is refused (GuestAccessCommentRequired)', () => {
    assert.equal(
      result(guestAccess.evaluate({ comment: 'Formidling', dataArea: 'CV' }, DAY)),
      'R-CV-02 GuestAccessCommentRequired',
    );
    assert.equal(
      result(guestAccess.evaluate({ comment: '', dataArea: 'CV' }, DAY)),
      'R-CV-02 GuestAccessCommentRequired',
    );
    assert.equal(
      result(guestAccess.evaluate({ comment: `${GUEST_ACCESS_COMMENT}.`, dataArea: 'CV' }, DAY)),
      'R-CV-02 GuestAccessCommentRequired',
    );
  });

  test('R-CV-02: plan data is refused (GuestAccessDataAreaNotAllowed)', () => {
    assert.equal(
      result(guestAccess.evaluate({ comment: GUEST_ACCESS_COMMENT, dataArea: 'Plan' }, DAY)),
      'R-CV-02 GuestAccessDataAreaNotAllowed',
    );
  });
});

// ---- R-NOT-08 / R-NOT-11 ---------------------------------------------------------------------------

const keys = (receivers: readonly { organisationType: number; organisationCode: string }[]) =>
  receivers.map((r) => `${r.organisationType}/${r.organisationCode}`);

describe('R-NOT-08 / R-NOT-11 job order parties', () => {
  test('R-NOT-08: a job order with primary authorities A and B notifies both', () => {
    assert.equal(jobOrderParties.id, 'R-NOT-08');
    const order = jobOrder({ primary: [plain(jcA), plain(jcB)] });
    assert.deepEqual(keys(jobOrderReceivers(order, [], [])).sort(), [`8/${JC_A}`, `8/${JC_B}`]);
  });

  test("R-NOT-08: responsible, every primary, readers and each candidate's jobcentre and a-kasse, without duplicates", () => {
    const order = akasseOrder({ primary: [plain(akA), plain(akB)] });
    const readers = [party(OrganisationType.Jobcenter, JC_C)];
    const candidates = [
      candidate({ jobcenterCode: JC_A, akasseCode: AKASSE_A }),
      candidate({ jobcenterCode: JC_C, akasseCode: AKASSE_B }),
      candidate({ jobcenterCode: JC_A, akasseCode: '83' }),
      candidate({ jobcenterCode: JC_B, akasseCode: null }),
    ];
    const receivers = jobOrderReceivers(order, readers, candidates);
    const got = keys(receivers);
    assert.equal(new Set(got).size, got.length, `duplicates in ${got.join(', ')}`);
    assert.deepEqual(
      got.sort(),
      [`2/${AKASSE_A}`, `2/${AKASSE_B}`, '2/83', `8/${JC_A}`, `8/${JC_B}`, `8/${JC_C}`].sort(),
    );
    assert.ok(receivers.every((r) => r.subQueue === null));
  });

  test('R-NOT-08: a responsible authority missing from primary is still notified', () => {
    const order = jobOrder({ responsible: plain(jcA), primary: [plain(jcB)] });
    assert.deepEqual(keys(jobOrderReceivers(order, [], [])).sort(), [`8/${JC_A}`, `8/${JC_B}`]);
  });

  test("R-NOT-08: removed candidates' jobcentre and a-kasse are not notified", () => {
    const order = jobOrder();
    const receivers = jobOrderReceivers(
      order,
      [],
      [candidate({ jobcenterCode: JC_C, akasseCode: AKASSE_B, removed: true })],
    );
    assert.deepEqual(keys(receivers), [`8/${JC_A}`]);
  });

  test('R-NOT-11: the outside jobcentre from outsideJobcentre (R-JO-03) is notified once added as reader', () => {
    assert.equal(outsideJobcentreMessage.id, 'R-NOT-11');
    const order = jobOrder();
    const placed = candidate({ jobcenterCode: JC_C, akasseCode: null, placedBy: plain(jcA) });
    const reader = outsideJobcentre(order, placed.jobcenterCode, DAY);
    assert.ok(reader);
    const receivers = jobOrderReceivers(order, [reader], [placed]);
    assert.deepEqual(keys(receivers), [`8/${JC_A}`, `8/${JC_C}`]);
  });

  test('R-NOT-11: no extra reader when the citizen belongs to the primary jobcentre', () => {
    const order = jobOrder();
    assert.equal(outsideJobcentre(order, JC_A, DAY), null);
    assert.deepEqual(keys(jobOrderReceivers(order, [], [candidate({ jobcenterCode: JC_A, akasseCode: null })])), [
      `8/${JC_A}`,
    ]);
  });
});
