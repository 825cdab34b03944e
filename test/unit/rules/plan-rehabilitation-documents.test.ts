// R-PLAN-18 as pure units: a rehabilitation document of at most 15 MB from release 2023-4 (10 MB before), the
// NUPH documents' types, never empty; and R-DEL-01's period (2 years from the programme's end).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastStartDue } from '../../../src/app/retention/periods.ts';
import { firstViolation } from '../../../src/rules/engine.ts';
import {
  REFERRAL_PROGRAMME_RETENTION_MONTHS,
  REHABILITATION_DOCUMENT_MAX_BYTES,
  inForce,
  referralProgrammeRetention,
  rehabilitationDocumentRules,
} from '../../../src/rules/index.ts';

const MB = 1024 * 1024;
const RELEASE_2023_4 = '2023-12-04';
const pdf = (sizeBytes: number) => ({ contentType: 'application/pdf', sizeBytes });
const refusal = (sizeBytes: number, on: string, contentType = 'application/pdf') =>
  firstViolation(rehabilitationDocumentRules, { contentType, sizeBytes }, on)?.fault ?? null;

test('R-PLAN-18: from release 2023-4 a document of 15 MB (15,728,640 bytes) is accepted, one byte more refused (5261)', () => {
  assert.equal(REHABILITATION_DOCUMENT_MAX_BYTES, 15 * MB);
  assert.equal(refusal(15 * MB, RELEASE_2023_4), null);
  assert.equal(refusal(Math.round(14.9 * MB), '2024-06-01'), null, 'the rule test: 14.9 MB accepted');
  assert.equal(refusal(15 * MB + 1, RELEASE_2023_4), 'RehabilitationDocumentTooLarge');
  assert.equal(refusal(Math.round(15.1 * MB), '2024-06-01'), 'RehabilitationDocumentTooLarge', '15.1 MB refused');
});

test('R-PLAN-18: before release 2023-4 the limit was 10 MB: 10 MB accepted, 12 MB refused (5261) on 3 Dec 2023, accepted on 4 Dec', () => {
  assert.equal(refusal(10 * MB, '2023-12-03'), null);
  assert.equal(refusal(10 * MB + 1, '2023-12-03'), 'RehabilitationDocumentTooLarge');
  assert.equal(refusal(12 * MB, '2023-12-03'), 'RehabilitationDocumentTooLarge');
  assert.equal(refusal(12 * MB, RELEASE_2023_4), null);
});

test("R-PLAN-18: an empty document is refused (5262); the NUPH documents' types are accepted in any case, others refused (5263)", () => {
  assert.equal(refusal(0, '2024-06-01'), 'RehabilitationDocumentEmpty');
  for (const type of ['application/pdf', 'IMAGE/JPEG', 'image/png', 'image/tiff'])
    assert.equal(refusal(100, '2024-06-01', type), null, type);
  assert.equal(
    refusal(100, '2024-06-01', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    null,
  );
  assert.equal(refusal(100, '2024-06-01', 'application/x-msdownload'), 'RehabilitationDocumentTypeNotAllowed');
  assert.equal(firstViolation(rehabilitationDocumentRules, pdf(1), '2024-06-01'), null);
});

test('R-DEL-01: in force from release 2021-1 (15 Mar 2021); 2 years from the end: ended 1 Jun 2019 → due 1 Jun 2021, ended 1 Dec 2019 → due 1 Dec 2021', () => {
  assert.equal(inForce(referralProgrammeRetention, '2021-03-14'), false);
  assert.equal(inForce(referralProgrammeRetention, '2021-03-15'), true);
  assert.equal(REFERRAL_PROGRAMME_RETENTION_MONTHS, 24);
  assert.equal(lastStartDue('2021-06-01', REFERRAL_PROGRAMME_RETENTION_MONTHS), '2019-06-01');
  assert.ok('2019-12-01' > lastStartDue('2021-06-01', REFERRAL_PROGRAMME_RETENTION_MONTHS));
  assert.equal(lastStartDue('2021-12-01', REFERRAL_PROGRAMME_RETENTION_MONTHS), '2019-12-01');
});
