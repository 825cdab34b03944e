// R-AK-06 — 000 §7.1; 003 N1: "Either party may ask a question about a specific NUPH, or about the answer to a
// NUPH. The other party may answer the question. Each text may be up to 5,000 characters." Two units: who may
// write in a NUPH's dialog (its jobcentre or its a-kasse; a reply by the party that did not ask), and the length of
// the text — counted in characters as XML Schema counts them (Unicode code points), 5,001 refused (5123).
import { type Party } from '../../domain/nuphDialog.ts';
import { violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import type { NuphDialogTextCommand } from './nuph-dialog-command.ts';

/** The longest question or reply, in characters (R-AK-06). */
export const NUPH_DIALOG_TEXT_MAX = 5000;

const same = (a: Party, b: Party) =>
  a.organisationType === b.organisationType && a.organisationCode === b.organisationCode;

/** Whether `who` is the NUPH's jobcentre or a-kasse. */
export const isNuphParty = (parties: NuphDialogTextCommand['parties'], who: Party): boolean =>
  same(parties.jobcentre, who) || same(parties.akasse, who);

export const nuphDialogRule: RuleMeta = {
  id: 'R-AK-06',
  title: "A NUPH's jobcentre and a-kasse ask each other questions (≤ 5,000 characters) about it or its answer",
  source: '000 §7.1; 003 N1',
  validFrom: null,
  validTo: null,
};

export const nuphDialogParties: ValidationRule<NuphDialogTextCommand> = {
  ...nuphDialogRule,
  title: "Only the NUPH's jobcentre and a-kasse write in its dialog; the other party replies",
  evaluate(c) {
    if (!isNuphParty(c.parties, c.writer))
      return violation(this, 'NuphDialogNotParty', `${c.writer.organisationType}:${c.writer.organisationCode}`);
    if (c.askedBy && same(c.askedBy, c.writer))
      return violation(this, 'NuphQuestionOwnReply', 'the question was asked by the replying organisation');
    return null;
  },
};

export const nuphDialogTextLength: ValidationRule<NuphDialogTextCommand> = {
  ...nuphDialogRule,
  title: 'A question or reply about a NUPH is at most 5,000 characters',
  evaluate(c) {
    const length = [...c.text].length;
    return length > NUPH_DIALOG_TEXT_MAX
      ? violation(this, 'NuphDialogTextTooLong', `the text has ${length} characters`)
      : null;
  },
};
