// R-PLAN-11 — 000 §3.1, §7.1 (release 2023-4, 4 Dec 2023): setting a status and status reason that trigger a NUPH
// on an activity of a dagpenge recipient needs a reason remark (årsagsbemærkning) of at least 20 characters.
// R-PLAN-12 — the same remark is needed when an activity whose combination triggered a NUPH is changed to one that
// does not (DFDG then withdraws the NUPH, R-AK-04). Characters are counted as Unicode code points after trimming.
import { violation, type ValidationRule } from '../engine.ts';
import type { ActivityCommand } from './activity-command.ts';
import { REASON_REMARK_MIN_LENGTH, triggersNuph } from './nuph-triggers.ts';

const remarkLength = (c: ActivityCommand) => [...(c.after.reasonRemark ?? '').trim()].length;

const statusChanged = (c: ActivityCommand) =>
  c.before === null || c.before.status !== c.after.status || c.before.statusReason !== c.after.statusReason;

export const nuphReasonRemark: ValidationRule<ActivityCommand> = {
  id: 'R-PLAN-11',
  title: 'A NUPH-triggering status/reason needs a reason remark of at least 20 characters',
  source: '000 §3.1, §7.1',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (!c.dagpengeRecipient || !triggersNuph(c.after) || !statusChanged(c)) return null;
    if (remarkLength(c) >= REASON_REMARK_MIN_LENGTH) return null;
    return violation(
      this,
      'ReasonRemarkTooShort',
      `status ${c.after.status}, reason ${c.after.statusReason}: remark of ${remarkLength(c)} characters`,
    );
  },
};

export const revertingReasonRemark: ValidationRule<ActivityCommand> = {
  id: 'R-PLAN-12',
  title: 'Reverting a NUPH-triggering status/reason needs the same 20-character remark',
  source: '000 §3.1, §7.1',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (c.before === null || !c.before.nuphOpen || triggersNuph(c.after) || !statusChanged(c)) return null;
    if (remarkLength(c) >= REASON_REMARK_MIN_LENGTH) return null;
    return violation(
      this,
      'ReasonRemarkTooShort',
      `reverting to status ${c.after.status ?? '(none)'}, reason ${c.after.statusReason ?? '(none)'}: remark of ${remarkLength(c)} characters`,
    );
  },
};
