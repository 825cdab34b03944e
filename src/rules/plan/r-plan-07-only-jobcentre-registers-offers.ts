// R-PLAN-07 — 000 §3.5; 003 N5 (release 2023-4): offers under LAB are decided and registered by the jobcentre;
// "the only activities an a-kasse may create are those in R-PLAN-08". Best reading: an a-kasse's create or update
// of any other activity is refused (R-PLAN-08 then checks the a-kasse's course activity itself).
import { ActivationType } from '../../domain/activity.ts';
import { OrganisationType } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { ActivityCommand } from './activity-command.ts';

export const onlyJobcentreRegistersOffers: ValidationRule<ActivityCommand> = {
  id: 'R-PLAN-07',
  title: 'Only the jobcentre registers LAB offers; an a-kasse only its own course activities (R-PLAN-08)',
  source: '000 §3.5; 003 N5',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (c.actor.kind !== 'authority' || c.actor.organisationType !== OrganisationType.AKasse) return null;
    if (c.after.activationType === ActivationType.Kursus) return null; // R-PLAN-08 decides
    return violation(this, 'AkasseActivityNotAllowed', `ActivationTypeIdentifier ${c.after.activationType}`);
  },
};
