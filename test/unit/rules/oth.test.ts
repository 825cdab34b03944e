// Area OTH, contact persons (PersonContactService): R-OTH-06 (type 33 from release 2022-1) and R-OTH-07 (a contact
// that belongs to an activity is changed only through ActivityService: 60016, before 2022-1 the unspecified 1100).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PersonContact, PersonContactFields } from '../../../src/domain/personContact.ts';
import { firstViolation } from '../../../src/rules/engine.ts';
import { personContactChangeRules, type PersonContactChange } from '../../../src/rules/index.ts';
import { fastholdelseskonsulentBeforeRelease } from '../../../src/rules/oth/r-oth-06-fastholdelseskonsulent.ts';
import {
  activityContactOnlyViaActivityService,
  activityContactUnspecifiedBefore2022_1,
} from '../../../src/rules/oth/r-oth-07-activity-contact.ts';

const fields = (contactType: number): PersonContactFields => ({
  contactType,
  startDate: '2024-03-01',
  endDate: null,
  externalCaseWorkerId: null,
  givenName: 'Jens',
  surname: 'Jobformidler',
  phone: null,
  email: null,
});
const contact = (contactType: number, activityId: string | null): PersonContact => ({
  ...fields(contactType),
  id: '3f2504e0-4f89-41d3-9a0c-0000000c0003',
  cpr: '0101901234',
  activityId,
  authority: { organisationType: 8, organisationCode: '10100' },
});
const create = (contactType: number): PersonContactChange => ({
  kind: 'create',
  fields: fields(contactType),
  before: null,
});
const update = (before: PersonContact): PersonContactChange => ({
  kind: 'update',
  fields: { ...fields(before.contactType), endDate: '2024-06-30' },
  before,
});
const remove = (before: PersonContact): PersonContactChange => ({ kind: 'delete', fields: null, before });
const ACTIVITY = '3f2504e0-4f89-41d3-9a0c-0000000a0001';

describe('R-OTH-06 contact person type 33 Fastholdelseskonsulent', () => {
  test('R-OTH-06: a type-33 contact is accepted from release 2022-1 (14 Mar 2022)', () => {
    assert.equal(firstViolation(personContactChangeRules, create(33), '2022-03-14'), null);
    assert.equal(firstViolation(personContactChangeRules, create(33), '2024-03-04'), null);
  });
  test('R-OTH-06: the day before the release type 33 is refused as an unknown codelist value (2002)', () => {
    const v = firstViolation(personContactChangeRules, create(33), '2022-03-13');
    assert.deepEqual([v?.ruleId, v?.fault], ['R-OTH-06', 'InvalidCodeListValue']);
  });
  test('R-OTH-06: other types are not its business before the release', () => {
    assert.equal(fastholdelseskonsulentBeforeRelease.evaluate(create(32), '2022-03-13'), null);
  });
});

describe('R-OTH-07 a contact that belongs to an activity is changed only through ActivityService', () => {
  test('R-OTH-07: updating an activity-created type-3 contact through the contact person service is 60016', () => {
    const v = firstViolation(personContactChangeRules, update(contact(3, ACTIVITY)), '2024-03-04');
    assert.deepEqual([v?.ruleId, v?.fault], ['R-OTH-07', 'ProfessionalContactOnlyViaActivityService']);
  });
  test('R-OTH-07: deleting it is 60016 too', () => {
    const v = firstViolation(personContactChangeRules, remove(contact(3, ACTIVITY)), '2024-03-04');
    assert.deepEqual([v?.ruleId, v?.fault], ['R-OTH-07', 'ProfessionalContactOnlyViaActivityService']);
  });
  test("R-OTH-07: a type-3 contact the service itself created is the service's to change", () => {
    assert.equal(firstViolation(personContactChangeRules, update(contact(3, null)), '2024-03-04'), null);
    assert.equal(firstViolation(personContactChangeRules, remove(contact(3, null)), '2024-03-04'), null);
  });
  test('R-OTH-07: before release 2022-1 the same update got the unspecified error (1100), from it 60016', () => {
    const before = firstViolation(personContactChangeRules, update(contact(3, ACTIVITY)), '2022-03-13');
    assert.deepEqual([before?.ruleId, before?.fault], ['R-OTH-07', 'UnspecifiedError']);
    const on = firstViolation(personContactChangeRules, update(contact(3, ACTIVITY)), '2022-03-14');
    assert.equal(on?.fault, 'ProfessionalContactOnlyViaActivityService');
  });
  test('R-OTH-07: the two units split the dates at the release and never refuse a create', () => {
    assert.equal(activityContactOnlyViaActivityService.validFrom, '2022-03-14');
    assert.equal(activityContactUnspecifiedBefore2022_1.validTo, '2022-03-14');
    assert.equal(activityContactOnlyViaActivityService.evaluate(create(3), '2024-03-04'), null);
  });
});
