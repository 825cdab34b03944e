// R-DLG-05 — 000 §5.1; 002 N2; 003 N4: message type 2 'Udkast til min plan' is not to be used from 1 Jan 2024 and
// is removed in release 2024-1 (18 Mar 2024): from then on it can no longer be sent, while drafts already
// registered stay readable (the reads filter nothing by type). Between 1 Jan and 17 Mar 2024 it is still accepted
// . Checked before the codelist (R-DLG-06), whose entry 2 ends the same day, so the refusal names this rule.
import { CitizenMessageType } from '../../domain/citizenMessage.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { CitizenMessageCommand } from './dialog-command.ts';

export const draftPlanRetired: ValidationRule<CitizenMessageCommand> = {
  id: 'R-DLG-05',
  title: "Message type 2 'Udkast til min plan' can no longer be sent from release 2024-1",
  source: '000 §5.1; 002 N2; 003 N4',
  validFrom: '2024-03-18',
  validTo: null,
  evaluate(c) {
    if (c.messageType !== CitizenMessageType.UdkastTilMinPlan) return null;
    return violation(this, 'DraftPlanMessageRetired', `type 2 sent on ${c.date}`);
  },
};
