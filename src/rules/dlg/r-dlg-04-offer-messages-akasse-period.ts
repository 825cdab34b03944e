// R-DLG-04 — 000 §5.1: types 11 and 12 support a-kasse/jobcentre communication about LAB offers for dagpenge
// recipients in the a-kasse contact process. Best reading: the sender is the citizen's current a-kasse,
// and only while an active absence 75 'Kontaktforløb er hos a-kassen' covers the day; from 1 Jan 2024. The
// jobcentre's rejection copy (R-DLG-02) is not sent through CreateMessage and is not subject to this rule.
import { OrganisationType } from '../../domain/types.ts';
import { CitizenMessageType } from '../../domain/citizenMessage.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { ABSENCE_75, activeAbsenceOn, currentAkasse } from '../citizen-on-date.ts';
import type { CitizenMessageCommand } from './dialog-command.ts';

const OFFER_MESSAGE_TYPES: ReadonlySet<number> = new Set([
  CitizenMessageType.IndstillingOmTilbud,
  CitizenMessageType.AntruffetIKontrolaktion,
]);

export const offerMessagesInAkassePeriod: ValidationRule<CitizenMessageCommand> = {
  id: 'R-DLG-04',
  title: "Types 11 and 12 only from the citizen's a-kasse while absence 75 is open",
  source: '000 §5.1',
  validFrom: '2024-01-01',
  validTo: null,
  evaluate(c) {
    if (!OFFER_MESSAGE_TYPES.has(c.messageType)) return null;
    const akasse = currentAkasse(c.citizen, c.date);
    if (c.actor.organisationType !== OrganisationType.AKasse || c.actor.organisationCode !== akasse)
      return violation(
        this,
        'OfferMessageSenderNotAllowed',
        `type ${c.messageType} from ${c.actor.organisationType}:${c.actor.organisationCode}; the citizen's a-kasse on ${c.date} is ${akasse ?? 'none'}`,
      );
    if (!activeAbsenceOn(c.citizen, ABSENCE_75, c.date))
      return violation(this, 'OfferMessageOutsideAkassePeriod', `no active absence 75 on ${c.date}`);
    return null;
  },
};
