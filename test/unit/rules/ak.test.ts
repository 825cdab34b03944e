// The NUPH rules of area AK (and R-CV-01) as pure units: the shortened lists (R-AK-01), CV status 5 (R-CV-01,
// R-AK-09), the event of an activity's status/reason (R-AK-02, R-AK-03's remark is R-PLAN-11's), the no-show
// exemption through GetPersonExempts' own function (R-AK-05), the answer's sanction flag and who answers
// (R-AK-12), the citizen's message from 2024-01-01 (R-AK-08 / R-NOT-13), the conversion (R-AK-13).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertLegacyNuph, type LegacyNuph } from '../../../src/app/nuph/conversion.ts';
import type { Nuph } from '../../../src/domain/nuph.ts';
import { firstViolation, inForce } from '../../../src/rules/engine.ts';
import {
  activityNuphEvent,
  citizenToldOfNuph,
  irrelevantBecause,
  NuphEvent,
  nuphAnswerRules,
  nuphAnsweringRules,
  nuphEventRules,
  personExempts,
} from '../../../src/rules/index.ts';
import { absence, citizen } from './fixtures.ts';

const event = (eventCode: number) => ({ eventCode, eventDate: '2024-03-05' });

test('R-AK-01: removed event and answer codes are refused from release 2023-4, kept ones accepted', () => {
  assert.equal(firstViolation(nuphEventRules, event(6), '2024-03-05')?.fault, 'NuphEventCodeRemoved');
  assert.equal(firstViolation(nuphEventRules, event(7), '2024-03-05')?.ruleId, 'R-AK-01');
  assert.equal(firstViolation(nuphEventRules, event(1), '2024-03-05'), null);
  assert.equal(firstViolation(nuphEventRules, event(6), '2023-12-03'), null, 'before the release');
  assert.equal(firstViolation(nuphAnswerRules, { answerCode: 8 }, '2024-03-05')?.fault, 'NuphAnswerCodeRemoved');
  assert.equal(firstViolation(nuphAnswerRules, { answerCode: 2 }, '2024-03-05'), null);
});

test('R-CV-01 / R-AK-09: CV status 5 is not a NUPH from 10 Dec 2023 (its own fault, before R-AK-01)', () => {
  const v = firstViolation(nuphEventRules, event(5), '2023-12-10');
  assert.deepEqual([v?.ruleId, v?.fault], ['R-CV-01', 'CvStatus5NotNuph']);
});

test('R-AK-02 / R-AK-03: a triggering status/reason gives the NUPH event of its reason; a non-triggering one none', () => {
  assert.equal(activityNuphEvent({ status: 3, statusReason: 1 }), NuphEvent.UdeblevetFraTilbud);
  assert.equal(activityNuphEvent({ status: 3, statusReason: 2 }), NuphEvent.OphoertUdenGyldigGrund);
  assert.equal(activityNuphEvent({ status: 5, statusReason: 3 }), NuphEvent.AfvistTilbud);
  assert.equal(activityNuphEvent({ status: 4, statusReason: 1 }), null);
  assert.equal(activityNuphEvent({ status: 3, statusReason: null }), null);
});

test("R-AK-05: absence 11 running 1–10 Mar 2024 makes a no-show on 5 Mar 'irrelevant', not one on 12 Mar; absence 75 only does not; GetPersonExempts' function decides", () => {
  const sick = citizen({ absences: [absence(11, '2024-03-01', { endDate: '2024-03-10' })] });
  assert.deepEqual(irrelevantBecause(sick, NuphEvent.UdeblevetFraSamtale, '2024-03-05'), [11]);
  assert.deepEqual(
    irrelevantBecause(sick, NuphEvent.UdeblevetFraSamtale, '2024-03-05'),
    personExempts(sick, '2024-03-05'),
  );
  assert.deepEqual(irrelevantBecause(sick, NuphEvent.UdeblevetFraSamtale, '2024-03-12'), []);
  assert.deepEqual(irrelevantBecause(sick, NuphEvent.AfvistTilbud, '2024-03-05'), [], 'only no-shows (A-25)');
  const only75 = citizen({ absences: [absence(75, '2024-03-01')] });
  assert.deepEqual(irrelevantBecause(only75, NuphEvent.UdeblevetFraSamtale, '2024-03-05'), []);
});

const nuph: Nuph = {
  id: 'n1',
  cpr: '0101901234',
  akasse: '81',
  jobcentre: '10100',
  origin: 'jobcentre',
  sourceId: null,
  eventCode: 3,
  eventDate: '2024-03-05',
  notifiedOn: '2024-03-05',
  state: 'open',
  comment: null,
  withdrawnOn: null,
};
const actor = (organisationType: number, organisationCode: string) => ({
  kind: 'authority' as const,
  organisationType,
  organisationCode,
  userIdentifier: 'u',
  userType: 2,
});

test("R-AK-12: only the NUPH's a-kasse answers, once, and not a withdrawn NUPH", () => {
  const fault = (n: Nuph, by: ReturnType<typeof actor>, answered = false) =>
    firstViolation(
      nuphAnsweringRules,
      {
        nuph: n,
        by,
        existing: answered
          ? {
              id: 'a',
              nuphId: n.id,
              answerCode: 1,
              sanctionGiven: true,
              automatic: false,
              answeredOn: '2024-03-06',
              answeredBy: '81',
              comment: null,
            }
          : null,
      },
      '2024-03-06',
    )?.fault ?? null;
  assert.equal(fault(nuph, actor(2, '81')), null);
  assert.equal(fault(nuph, actor(2, '82')), 'NuphAnswerNotAllowed');
  assert.equal(fault(nuph, actor(8, '10100')), 'NuphAnswerNotAllowed');
  assert.equal(fault(nuph, actor(2, '81'), true), 'NuphAlreadyAnswered');
  assert.equal(fault({ ...nuph, state: 'withdrawn' }, actor(2, '81')), 'NuphWithdrawn');
});

test('R-AK-08 / R-NOT-13: the citizen is told from 1 Jan 2024, not in December 2023', () => {
  assert.equal(inForce(citizenToldOfNuph, '2023-12-31'), false);
  assert.equal(inForce(citizenToldOfNuph, '2024-01-01'), true);
});

const legacy = (id: string, eventDate: string, eventCode = 3): LegacyNuph => ({
  id,
  cpr: '0101901234',
  akasse: '81',
  jobcentre: '10100',
  eventCode,
  eventDate,
  notifiedOn: eventDate,
  comment: null,
  answer: null,
});

test('R-AK-13: a NUPH with event date 31 Dec 2001 is not converted, one of 1 Jan 2002 is (origin converted); a removed event type is not', () => {
  assert.equal(convertLegacyNuph(legacy('A', '2001-12-31')), null);
  const converted = convertLegacyNuph(legacy('B', '2002-01-01'));
  assert.deepEqual([converted?.nuph.id, converted?.nuph.origin, converted?.nuph.state], ['b', 'converted', 'open']);
  assert.equal(convertLegacyNuph(legacy('C', '2015-06-01', 5)), null, 'CV status 5 has no place in the new model');
});
