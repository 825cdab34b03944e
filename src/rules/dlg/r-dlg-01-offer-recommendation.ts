// R-DLG-01 — 000 §5.1, §3.5; 003 N5: during the first 3 months (absence 75 open) the a-kasse may recommend an
// offer under LAB to the jobcentre with message type 11 'Indstilling om tilbud', one document attached, no
// content requirements; it is delivered to the jobcentre and shown in the citizen's Jobnet message box. Here: a
// type-11 message goes to the citizen's jobcentre — DFDG addresses it there when no receiver is given, and
// refuses another receiver. Who may send it and when is R-DLG-04; one document is the schema's maxOccurs 1.
import { OrganisationType, type CitizenState } from '../../domain/types.ts';
import { CitizenMessageType, type Organisation } from '../../domain/citizenMessage.ts';
import { violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import type { CitizenMessageCommand } from './dialog-command.ts';

/** The citizen's jobcentre, the receiver of types 11 and 12. */
export function citizensJobcentre(citizen: CitizenState): Organisation {
  return { organisationType: OrganisationType.Jobcenter, organisationCode: citizen.person.jobcenterCode };
}

/** A rule refusing `messageType` to any receiver but the citizen's jobcentre. */
export function toJobcentreOnly(meta: RuleMeta, messageType: number): ValidationRule<CitizenMessageCommand> {
  return {
    ...meta,
    evaluate(c) {
      if (c.messageType !== messageType) return null;
      const jobcentre = citizensJobcentre(c.citizen);
      if (
        c.receiver?.organisationType === jobcentre.organisationType &&
        c.receiver.organisationCode === jobcentre.organisationCode
      )
        return null;
      const to = c.receiver ? `${c.receiver.organisationType}:${c.receiver.organisationCode}` : 'no authority';
      return violation(
        meta,
        'OfferMessageReceiverNotJobcentre',
        `type ${messageType} to ${to}, not ${jobcentre.organisationCode}`,
      );
    },
  };
}

export const offerRecommendation = toJobcentreOnly(
  {
    id: 'R-DLG-01',
    title: "Message type 11 'Indstilling om tilbud' goes from the a-kasse to the citizen's jobcentre",
    source: '000 §5.1, §3.5; 003 N5',
    validFrom: '2024-01-01',
    validTo: null,
  },
  CitizenMessageType.IndstillingOmTilbud,
);
