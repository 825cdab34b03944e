// The NUPH dialog's rules as pure units (R-AK-06, R-AK-07), each test named by its rule id.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstViolation } from '../../../src/rules/engine.ts';
import {
  NUPH_DOCUMENT_MAX_BYTES,
  nuphDialogTextRules,
  nuphDocumentRules,
  type NuphDialogTextCommand,
} from '../../../src/rules/index.ts';

const jobcentre = { organisationType: 8, organisationCode: '10100' };
const akasse = { organisationType: 2, organisationCode: '81' };
const text = (over: Partial<NuphDialogTextCommand>): NuphDialogTextCommand => ({
  parties: { jobcentre, akasse },
  writer: akasse,
  askedBy: null,
  text: 'Hvornår var samtalen?',
  ...over,
});
const refusedText = (c: NuphDialogTextCommand) => firstViolation(nuphDialogTextRules, c, '2024-03-04')?.fault ?? null;
const refusedDocument = (contentType: string, sizeBytes: number) =>
  firstViolation(nuphDocumentRules, { contentType, sizeBytes }, '2024-03-04')?.fault ?? null;

test('R-AK-06: either party asks; another jobcentre or a-kasse does not (5122)', () => {
  assert.equal(refusedText(text({ writer: akasse })), null);
  assert.equal(refusedText(text({ writer: jobcentre })), null);
  assert.equal(refusedText(text({ writer: { organisationType: 2, organisationCode: '99' } })), 'NuphDialogNotParty');
  assert.equal(refusedText(text({ writer: { organisationType: 8, organisationCode: '20100' } })), 'NuphDialogNotParty');
  // the a-kasse's code under the jobcentre's type is not the a-kasse
  assert.equal(refusedText(text({ writer: { organisationType: 8, organisationCode: '81' } })), 'NuphDialogNotParty');
});

test('R-AK-06: the other party replies; the asker does not (5127)', () => {
  assert.equal(refusedText(text({ writer: jobcentre, askedBy: akasse })), null);
  assert.equal(refusedText(text({ writer: akasse, askedBy: akasse })), 'NuphQuestionOwnReply');
});

test('R-AK-06: 5,000 characters are accepted, 5,001 refused (5123), counted as characters, not UTF-16 units', () => {
  assert.equal(refusedText(text({ text: 'a'.repeat(5000) })), null);
  assert.equal(refusedText(text({ text: 'a'.repeat(5001) })), 'NuphDialogTextTooLong');
  assert.equal(refusedText(text({ text: '😀'.repeat(5000) })), null, '5,000 emoji are 10,000 UTF-16 units');
  assert.equal(refusedText(text({ text: '😀'.repeat(5001) })), 'NuphDialogTextTooLong');
  assert.equal(refusedText(text({ writer: akasse, askedBy: null, text: 'ø'.repeat(5001) })), 'NuphDialogTextTooLong');
});

test('R-AK-07: a document of at most 15 MB (15,728,640 bytes) is accepted, one byte more refused (5129); empty refused (5132)', () => {
  assert.equal(NUPH_DOCUMENT_MAX_BYTES, 15_728_640);
  assert.equal(refusedDocument('application/pdf', NUPH_DOCUMENT_MAX_BYTES), null);
  assert.equal(refusedDocument('application/pdf', NUPH_DOCUMENT_MAX_BYTES + 1), 'NuphDocumentTooLarge');
  assert.equal(refusedDocument('application/pdf', 0), 'NuphDocumentEmpty');
  assert.equal(refusedDocument('application/pdf', 1), null);
});

test('R-AK-07: PDF, JPEG, PNG, TIFF and docx are accepted (any case); others refused (5130)', () => {
  for (const t of ['application/pdf', 'APPLICATION/PDF', 'image/jpeg', 'image/png', 'image/tiff'])
    assert.equal(refusedDocument(t, 10), null, t);
  assert.equal(refusedDocument('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 10), null);
  for (const t of ['application/x-msdownload', 'text/html', 'application/zip', 'application/xml'])
    assert.equal(refusedDocument(t, 10), 'NuphDocumentTypeNotAllowed', t);
});
