// R-AK-07 — 000 §7.1; 003 N0, N1: a document may be attached to a NUPH, an answer to a NUPH, a question and an
// answer to a question. No size limit or content type is documented for NUPH documents: the largest is 15 MB as
// for rehabilitation documents (R-PLAN-18), read as 15 MiB = 15,728,640 bytes of the document as submitted
// (decoded), and the types are PDF (the rule's own test), JPEG, PNG, TIFF and Word (docx) — scanned letters and
// the documents caseworkers write (docs/contract-decisions.md). An empty document is refused.
import { violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import type { NuphDocumentCommand } from './nuph-dialog-command.ts';

/** The largest NUPH document, decoded (R-AK-07, as R-PLAN-18's 15 MB). */
export const NUPH_DOCUMENT_MAX_BYTES = 15 * 1024 * 1024;

export const NUPH_DOCUMENT_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

export const nuphDocumentRule: RuleMeta = {
  id: 'R-AK-07',
  title: 'Documents (PDF, images, docx; at most 15 MB) may be attached to a NUPH, an answer, a question and a reply',
  source: '000 §7.1; 003 N0, N1; R-PLAN-18 for the size',
  validFrom: null,
  validTo: null,
};

export const nuphDocumentSize: ValidationRule<NuphDocumentCommand> = {
  ...nuphDocumentRule,
  title: 'A document on a NUPH, answer, question or reply is at most 15 MB and not empty',
  evaluate(c) {
    if (c.sizeBytes === 0) return violation(this, 'NuphDocumentEmpty', 'the document has no bytes');
    return c.sizeBytes > NUPH_DOCUMENT_MAX_BYTES
      ? violation(this, 'NuphDocumentTooLarge', `the document has ${c.sizeBytes} bytes`)
      : null;
  },
};

export const nuphDocumentType: ValidationRule<NuphDocumentCommand> = {
  ...nuphDocumentRule,
  title: 'A document on a NUPH is a PDF, JPEG, PNG, TIFF or docx',
  evaluate(c) {
    return NUPH_DOCUMENT_CONTENT_TYPES.has(c.contentType.toLowerCase())
      ? null
      : violation(this, 'NuphDocumentTypeNotAllowed', `DocumentContentType ${c.contentType}`);
  },
};
