// R-MTG-04 — 000 §1.4; indkaldelse.md §3.6: for a fælles jobsamtale (17) both the jobcentre and the a-kasse
// can record whether the citizen wants the a-kasse to take part; only the non-summoning authority takes
// and registers the choice. The choice is stored and shown with the summons to both.
import { OrganisationType } from '../../domain/types.ts';
import { InterviewType } from '../../domain/contactProcess.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { SummonsCommand } from './contact-command.ts';

export const participationChoice: ValidationRule<SummonsCommand> = {
  id: 'R-MTG-04',
  title: 'The participation choice for a type 17 interview is registered by the non-summoning authority',
  source: '000 §1.4',
  validFrom: null,
  validTo: null,
  evaluate(c) {
    const jointInterview = c.summons.interviewType === InterviewType.FaellesJobsamtaleMedDagpengemodtager;
    const party =
      c.actor.organisationType === OrganisationType.AKasse || c.actor.organisationType === OrganisationType.Jobcenter;
    if (jointInterview && party && c.actor.organisationType !== c.summons.organisationType) return null;
    return violation(
      this,
      'ParticipationChoiceNotAllowed',
      `interview type ${c.summons.interviewType} summoned by organisation type ${c.summons.organisationType}`,
    );
  },
};
