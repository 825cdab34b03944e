// R-DEL-06 as a policy of the scheduled deletion engine (src/app/retention/policy.ts): the documents attached to a
// NUPH, an answer, a question or a reply are deleted with their chunks 12 months after the day they were stored,
// while the NUPH, its answer and the dialog's texts stay (R-DEL-04/05 are the NUPH part's). Nothing is due before
// the rule is in force (release 2024-1).
import { nuphDocumentRetention, nuphDocumentsDueStoredOnOrBefore, whileInForce } from '../../rules/index.ts';
import { removeStrayDocumentFiles, strayDocumentFiles } from '../../store/documentBytes.ts';
import { countDocumentsStoredOnOrBefore, deleteDocumentsStoredOnOrBefore } from '../../store/documentRepository.ts';
import type { RetentionPolicy } from '../retention/policy.ts';

export const nuphDocumentRetentionPolicy: RetentionPolicy = {
  ruleId: nuphDocumentRetention.id,
  what: 'NUPH documents (on NUPHs, answers, questions and replies) 12 months after they were stored',
  countDue: (db, today) =>
    whileInForce(nuphDocumentRetention, today, Promise.resolve(0), () =>
      countDocumentsStoredOnOrBefore(db, nuphDocumentsDueStoredOnOrBefore(today)),
    ),
  deleteDue: (trx, today, limit) =>
    whileInForce(nuphDocumentRetention, today, Promise.resolve(0), () =>
      deleteDocumentsStoredOnOrBefore(trx, nuphDocumentsDueStoredOnOrBefore(today), limit),
    ),
};

/** A stray file younger than this may still be on its way to a commit. */
const STRAY_FILE_GRACE_MS = 60 * 60 * 1000;

/** D-264: the document files a crash left without their row (between writing a file and committing its row, or
 *  between deleting a row and removing its file), an hour after they were last written. None when the bytes are
 *  rows (PostgreSQL, SQL Server). */
export const strayDocumentFileRetention = (nowMs: number): RetentionPolicy => ({
  ruleId: 'D-264',
  what: 'document files without their document row (left by a crash), an hour after they were written',
  countDue: async (db) => (await strayDocumentFiles(db, nowMs, STRAY_FILE_GRACE_MS))?.length ?? 0,
  deleteDue: (trx, _today, limit) => removeStrayDocumentFiles(trx, nowMs, STRAY_FILE_GRACE_MS, limit),
});
