// R-PLAN-15 — 004 §3.1; 000 §3.3: the jobcentre marks each young person in the state project 'Forsøg med
// jobrettet indsats' (from 1 April 2022); the marking may be open-ended, but no registration may be made after
// 31 December 2023 (A-63: existing markings stay valid; a new marking starting after 31 December 2023 is
// refused, 5028).
import { JOB_DIRECTED_TRIAL } from '../../domain/plan.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { PersonGroupMarkingCommand } from './plan-command.ts';

export const TRIAL_LAST_START = '2023-12-31';

export const trialMarking: ValidationRule<PersonGroupMarkingCommand> = {
  id: 'R-PLAN-15',
  title: "No new 'Forsøg med jobrettet indsats' marking starting after 31 December 2023",
  source: '004 §3.1; 000 §3.3',
  validFrom: '2022-04-01',
  validTo: null,
  evaluate(c) {
    if (c.marking.stateProject !== JOB_DIRECTED_TRIAL || c.marking.startDate <= TRIAL_LAST_START) return null;
    return violation(this, 'TrialMarkingAfter2023', `start date ${c.marking.startDate}`);
  },
};
