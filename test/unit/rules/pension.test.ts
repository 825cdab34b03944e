// Tidlig pension (PensionService): R-AK-18, who of the a-kasser may read UDK's data, and R-NOT-07, which a-kasse
// GetTidligPensionVersion1 goes to. The rules' own examples, and the edges of their readings (D-213, D-215).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { akasseMayReadTidligPension, tidligPensionReceiver } from '../../../src/rules/index.ts';
import { AKASSE_A, AKASSE_B, citizen, membership } from './fixtures.ts';

describe('R-AK-18 the a-kasse reads Tidlig pension data until 3½ years after the membership ended', () => {
  const endedA = citizen({ memberships: [membership(AKASSE_A, '2010-01-01', '2022-01-01')] });
  test('R-AK-18: membership ended 1 Jan 2022 → a read on 30 Jun 2025 is allowed', () => {
    assert.equal(akasseMayReadTidligPension(endedA, AKASSE_A, '2025-06-30'), true);
  });
  test('R-AK-18: membership ended 1 Jan 2022 → a read on 2 Jul 2025 is refused', () => {
    assert.equal(akasseMayReadTidligPension(endedA, AKASSE_A, '2025-07-02'), false);
  });
  test('R-AK-18: 42 calendar months after the end is the last day (1 Jul 2025, D-213)', () => {
    assert.equal(akasseMayReadTidligPension(endedA, AKASSE_A, '2025-07-01'), true);
  });
  test('R-AK-18: the citizen joined a-kasse B on 1 Mar 2022 → a read by A on 1 Apr 2022 is refused', () => {
    const state = citizen({
      memberships: [membership(AKASSE_A, '2010-01-01', '2022-01-01'), membership(AKASSE_B, '2022-03-01')],
    });
    assert.equal(akasseMayReadTidligPension(state, AKASSE_A, '2022-04-01'), false);
    assert.equal(akasseMayReadTidligPension(state, AKASSE_B, '2022-04-01'), true, 'B reads its current member');
  });
  test('R-AK-18: a read before the citizen joined another a-kasse is allowed, from the day of joining refused', () => {
    const state = citizen({
      memberships: [membership(AKASSE_A, '2010-01-01', '2023-01-01'), membership(AKASSE_B, '2023-06-01')],
    });
    assert.equal(akasseMayReadTidligPension(state, AKASSE_A, '2023-05-31'), true);
    assert.equal(akasseMayReadTidligPension(state, AKASSE_A, '2023-06-01'), false);
  });
  test('R-AK-18: an a-kasse the citizen was never a member of is refused; a current member is read', () => {
    const state = citizen({ memberships: [membership(AKASSE_B, '2015-01-01')] });
    assert.equal(akasseMayReadTidligPension(state, AKASSE_A, '2024-01-01'), false);
    assert.equal(akasseMayReadTidligPension(state, AKASSE_B, '2024-01-01'), true);
  });
  test('R-AK-18: before release 2022-1 (14 Mar 2022) only current members are read', () => {
    const state = citizen({ memberships: [membership(AKASSE_A, '2010-01-01', '2022-01-01')] });
    assert.equal(akasseMayReadTidligPension(state, AKASSE_A, '2022-03-13'), false);
    assert.equal(akasseMayReadTidligPension(state, AKASSE_A, '2022-03-14'), true);
  });
});

describe('R-NOT-07 GetTidligPensionVersion1 to the citizen’s latest a-kasse', () => {
  const receiverA = { organisationType: 2, organisationCode: AKASSE_A, subQueue: null };
  const endedA = citizen({ memberships: [membership(AKASSE_A, '2010-01-01', '2022-01-01')] });
  test('R-NOT-07: membership of A ended 1 Jan 2022 with an efterløn date, UDK saves on 1 Jun 2022 → A receives it', () => {
    assert.deepEqual(tidligPensionReceiver(endedA, '2022-06-01', new Set([AKASSE_A])), receiverA);
  });
  test('R-NOT-07: without an efterløn date → no message', () => {
    assert.equal(tidligPensionReceiver(endedA, '2022-06-01', new Set()), null);
  });
  test('R-NOT-07: an efterløn date with another a-kasse than the latest one → no message', () => {
    const state = citizen({
      memberships: [membership(AKASSE_B, '2000-01-01', '2009-12-31'), membership(AKASSE_A, '2010-01-01', '2022-01-01')],
    });
    assert.equal(tidligPensionReceiver(state, '2022-06-01', new Set([AKASSE_B])), null);
    assert.deepEqual(tidligPensionReceiver(state, '2022-06-01', new Set([AKASSE_A])), receiverA);
  });
  test('R-NOT-07: a current member → the current a-kasse, with or without an efterløn date', () => {
    const state = citizen({
      memberships: [membership(AKASSE_A, '2010-01-01', '2022-01-01'), membership(AKASSE_B, '2022-03-01')],
    });
    const receiverB = { organisationType: 2, organisationCode: AKASSE_B, subQueue: null };
    assert.deepEqual(tidligPensionReceiver(state, '2022-06-01', new Set()), receiverB);
    assert.deepEqual(tidligPensionReceiver(state, '2022-06-01', new Set([AKASSE_A])), receiverB);
  });
  test('R-NOT-07: a citizen who was never a member → no message', () => {
    assert.equal(tidligPensionReceiver(citizen(), '2022-06-01', new Set([AKASSE_A])), null);
  });
});
