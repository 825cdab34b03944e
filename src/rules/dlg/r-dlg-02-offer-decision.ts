// R-DLG-02 — 003 N5; 000 §5.1: the jobcentre decides on the a-kasse's recommendation. Its decision goes to the
// citizen through Digital Post (outside DFDG); on a rejection it sends a copy of the rejection to the a-kasse
// through the dialog module, shown in the citizen's Jobnet message box with the recommendation; on an approval it
// registers the offer in Min plan (R-PLAN-07, ActivityService) and follows up (R-MTG-16). Best reading: the
// copy is a type-11 reply in the recommendation's thread. Here: only a type-11 recommendation from an a-kasse is
// decided, once, by the jobcentre it was sent to (or the citizen's jobcentre now); a rejection carries the copy
// and an approval none.
import { OrganisationType } from '../../domain/types.ts';
import { CitizenMessageType, OfferDecision } from '../../domain/citizenMessage.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { OfferDecisionCommand } from './dialog-command.ts';

export const offerDecision: ValidationRule<OfferDecisionCommand> = {
  id: 'R-DLG-02',
  title: "The jobcentre decides on a type-11 recommendation; a rejection's copy goes back to the a-kasse",
  source: '003 N5; 000 §5.1',
  validFrom: '2024-01-01',
  validTo: null,
  evaluate(c) {
    const m = c.recommendation;
    if (
      m.messageType !== CitizenMessageType.IndstillingOmTilbud ||
      m.sender.organisationType !== OrganisationType.AKasse
    )
      return violation(
        this,
        'NotAnOfferRecommendation',
        `message ${m.id} is type ${m.messageType} from organisation type ${m.sender.organisationType}`,
      );
    const byReceiver = m.receiver?.organisationCode === c.actor.organisationCode;
    const byCitizensJobcentre = c.citizen.person.jobcenterCode === c.actor.organisationCode;
    if (c.actor.organisationType !== OrganisationType.Jobcenter || !(byReceiver || byCitizensJobcentre))
      return violation(
        this,
        'OfferDecisionNotAllowed',
        `decided by ${c.actor.organisationType}:${c.actor.organisationCode}`,
      );
    if (m.offerDecision !== null) return violation(this, 'OfferAlreadyDecided', `decided ${m.offerDecision.decidedAt}`);
    if ((c.decision === OfferDecision.Rejected) !== c.withCopy)
      return violation(
        this,
        'RejectionCopyRequired',
        `decision ${c.decision} ${c.withCopy ? 'with' : 'without'} RejectionCopy`,
      );
    return null;
  },
};
