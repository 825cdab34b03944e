// The NUPH's retention policies (slettepolitik) for the deletion engine (src/app/retention/policy.ts):
// R-DEL-04 — an answered NUPH and its answer are deleted 6 years after the answer date;
// R-DEL-05 — an unanswered NUPH (open or withdrawn) is deleted 6 years after the notification date.
// Due "on or after" the date 6 years on (src/rules/del/r-del-04-05-nuph-retention.ts). A deleted NUPH takes its
// dialog (questions, replies, documents) with it; documents go earlier on their own, 12 months after storage (R-DEL-06).
import { answeredNuphRetention, nuphDueIfOnOrBefore, unansweredNuphRetention } from '../../rules/index.ts';
import { countNuphsDue, deleteNuphsDue, type NuphRetentionKind } from '../../store/nuphRepository.ts';
import type { RetentionPolicy } from '../retention/policy.ts';

const nuphsDue = (ruleId: string, kind: NuphRetentionKind, what: string): RetentionPolicy => ({
  ruleId,
  what,
  countDue: (db, today) => countNuphsDue(db, kind, nuphDueIfOnOrBefore(today)),
  deleteDue: (trx, today, limit) => deleteNuphsDue(trx, kind, nuphDueIfOnOrBefore(today), limit),
});

export const answeredNuphPolicy = nuphsDue(
  answeredNuphRetention.id,
  'answered',
  'answered NUPHs and their answers, 6 years after the answer date',
);

export const unansweredNuphPolicy = nuphsDue(
  unansweredNuphRetention.id,
  'unanswered',
  'unanswered NUPHs, 6 years after the notification date',
);
