// R-DEL-06 — 000 §7.1; 002 N1: each document attached to a NUPH, an answer, a question or a reply (R-AK-07) is
// deleted 12 months after it was stored in DFDG; the NUPH or answer itself stays until R-DEL-04/05. Release 2024-1
// (18 Mar 2024); uploads began with 2023-4, so the first deletions fall in December 2024. "12 months after" read
// as the same day 12 months later: a document stored on 2023-12-10 is present on 2024-12-09 and deleted on and
// after 2024-12-10 (the rule's test).
import { addMonths } from '../../domain/dates.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';

export const nuphDocumentRetention: RuleMeta = {
  id: 'R-DEL-06',
  title: 'NUPH documents are deleted 12 months after they were stored',
  source: '000 §7.1; 002 N1',
  validFrom: '2024-03-18',
  validTo: null,
};

/** The last storage day of the documents due on `today`: a document stored on or before it is 12 months old. */
export function nuphDocumentsDueStoredOnOrBefore(today: IsoDate): IsoDate {
  return addMonths(today, -12);
}
