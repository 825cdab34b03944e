// R-AK-10 — 000 §7.1; 003 N0, N1 (release 2023-4): a new, independent sanctions register with fewer sanction
// reasons (A-64: not listed; codelists/sanction-reasons.json is the facade's list); the a-kasser report their
// sanctions to it, each with a limitation date (forældelsesdato) and, where relevant, a served date
// (udståelsesdato), because deletion depends on them (R-DEL-07). The limitation date is required by the XSD; a
// served date after the limitation date would be a sanction served after it lapsed, and is refused (best reading,
// docs/contract-decisions.md D-9xx).
import { violation, type ValidationRule } from '../engine.ts';
import type { SanctionCommand } from './sanction-command.ts';

export const sanctionsRegister: ValidationRule<SanctionCommand> = {
  id: 'R-AK-10',
  title: 'The a-kasser report sanctions to the independent sanctions register, with limitation and served dates',
  source: '000 §7.1; 003 N0, N1',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (c.servedDate === null || c.servedDate <= c.limitationDate) return null;
    return violation(
      this,
      'SanctionServedAfterLimitation',
      `Udstaaelsesdato ${c.servedDate} after Foraeldelsesdato ${c.limitationDate}`,
    );
  },
};
