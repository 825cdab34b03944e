// R-PLAN-18 — 000 §3.4: a document uploaded to a rehabilitation process (rehabiliteringsforløb) may be up to 15 MB
// from release 2023-4, which raised the limit from 10 MB. The size is of the document as submitted (its decoded
// bytes, DocumentSize): the facade reformats nothing, so nothing can grow a compliant document past the limit (the
// bug 2023-4 fixed). "15 MB" read as 15 MiB = 15,728,640 bytes, as for the NUPH documents that borrow the limit
// (R-AK-07), and 10 MB before as 10 MiB. No content type is documented for rehabilitation documents: they are the
// NUPH documents' (PDF — the rule's own test —, JPEG, PNG, TIFF, docx). An empty document is refused. Dated units:
// the 10 MB limit until the release, the 15 MB limit from it (docs/contract-decisions.md).
import { violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import { NUPH_DOCUMENT_CONTENT_TYPES } from '../ak/r-ak-07-nuph-documents.ts';
import { RELEASE_2023_4 } from '../oth/r-oth-01-asylovergivelse-service.ts';

/** The largest rehabilitation document from release 2023-4, decoded (R-PLAN-18). */
export const REHABILITATION_DOCUMENT_MAX_BYTES = 15 * 1024 * 1024;
/** The largest one before release 2023-4. */
export const REHABILITATION_DOCUMENT_MAX_BYTES_BEFORE_2023_4 = 10 * 1024 * 1024;

/** What R-PLAN-18 looks at: the document as submitted. */
export interface RehabilitationDocumentCommand {
  contentType: string;
  sizeBytes: number;
}

export const rehabilitationDocumentRule: RuleMeta = {
  id: 'R-PLAN-18',
  title: 'Documents uploaded to a rehabilitation process may be up to 15 MB',
  source: '000 §3.4',
  validFrom: RELEASE_2023_4,
  validTo: null,
};

const sizeUpTo = (max: number, validFrom: string | null, validTo: string | null) => {
  const rule: ValidationRule<RehabilitationDocumentCommand> = {
    id: 'R-PLAN-18',
    title: `A rehabilitation document is at most ${max / 1024 / 1024} MB and not empty`,
    source: '000 §3.4',
    validFrom,
    validTo,
    evaluate(c) {
      if (c.sizeBytes === 0) return violation(rule, 'RehabilitationDocumentEmpty', 'the document has no bytes');
      return c.sizeBytes > max
        ? violation(rule, 'RehabilitationDocumentTooLarge', `the document has ${c.sizeBytes} bytes, at most ${max}`)
        : null;
    },
  };
  return rule;
};

/** Before release 2023-4: at most 10 MB. */
export const rehabilitationDocumentSizeBefore2023_4 = sizeUpTo(
  REHABILITATION_DOCUMENT_MAX_BYTES_BEFORE_2023_4,
  null,
  RELEASE_2023_4,
);

/** From release 2023-4: at most 15 MB. */
export const rehabilitationDocumentSize = sizeUpTo(REHABILITATION_DOCUMENT_MAX_BYTES, RELEASE_2023_4, null);

export const rehabilitationDocumentType: ValidationRule<RehabilitationDocumentCommand> = {
  id: 'R-PLAN-18',
  title: 'A rehabilitation document is a PDF, JPEG, PNG, TIFF or docx (as the NUPH documents)',
  source: '000 §3.4; R-AK-07 for the types',
  validFrom: null,
  validTo: null,
  evaluate(c) {
    return NUPH_DOCUMENT_CONTENT_TYPES.has(c.contentType.toLowerCase())
      ? null
      : violation(this, 'RehabilitationDocumentTypeNotAllowed', `DocumentContentType ${c.contentType}`);
  },
};
