// R-PLAN-06 — 000 §3.5, §5.1; 003 N4; 002 N2: a-kasser no longer prepare or send drafts of Min plan ('Udkast til
// Min plan') to the jobcentre: not to be used from 1 January 2024, technically removed in release 2024-1
// (18 March 2024), so from then an a-kasse draft marked for the jobcentre is refused (5025). Drafts registered
// before stay readable (GetPlan). The dialog message type 2 is the dialog module's side (R-DLG-05).
import { OrganisationType } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { PlanCommand } from './plan-command.ts';

export const noDraftForJobcentre: ValidationRule<PlanCommand> = {
  id: 'R-PLAN-06',
  title: "No more 'Udkast til Min plan' from the a-kasse",
  source: '000 §3.5, §5.1; 003 N4; 002 N2',
  validFrom: '2024-03-18',
  validTo: null,
  evaluate(c) {
    if (!c.plan.draftForJobcenter || c.actor.organisationType !== OrganisationType.AKasse) return null;
    return violation(this, 'DraftPlanForJobcentreRemoved', 'removed in release 2024-1');
  },
};
