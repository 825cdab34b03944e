// R-AK-12 (the NUPH part) — 000 §7.1: the a-kasse's answer to a NUPH says whether a sanction was given; the
// jobcentre sees that flag, never the sanction (the sanctions register is another part's). Only the a-kasse the
// NUPH was sent to answers it, once, and not after it was withdrawn (docs/contract-decisions.md).
import type { Nuph, NuphAnswer } from '../../domain/nuph.ts';
import type { AuthorityActor } from '../../domain/types.ts';
import { OrganisationType } from '../../domain/types.ts';
import { violation, type RuleMeta, type ValidationRule } from '../engine.ts';

export const sanctionFlag: RuleMeta = {
  id: 'R-AK-12',
  title: 'The NUPH answer states whether a sanction was given; the jobcentre sees the flag, not the sanction',
  source: '000 §7.1',
  validFrom: '2023-12-04',
  validTo: null,
};

export interface NuphAnsweringCommand {
  nuph: Nuph;
  existing: NuphAnswer | null;
  by: AuthorityActor;
}

export const answeredByItsAkasse: ValidationRule<NuphAnsweringCommand> = {
  ...sanctionFlag,
  validFrom: null,
  evaluate(c) {
    if (c.by.organisationType === OrganisationType.AKasse && c.by.organisationCode === c.nuph.akasse) {
      if (c.nuph.state === 'withdrawn') return violation(this, 'NuphWithdrawn', `NuphIdentifier ${c.nuph.id}`);
      if (c.existing) return violation(this, 'NuphAlreadyAnswered', `NuphIdentifier ${c.nuph.id}`);
      return null;
    }
    return violation(this, 'NuphAnswerNotAllowed', `NuphIdentifier ${c.nuph.id}`);
  },
};
