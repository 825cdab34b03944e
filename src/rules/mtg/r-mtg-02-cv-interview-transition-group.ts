// R-MTG-02 — 000 §1.4: CV-samtale (10) "skal udelukkende benyttes" for citizens under the transition rules
// (R-KF-04). Best reading: an a-kasse summons to 10 for anyone else is refused.
import { OrganisationType } from '../../domain/types.ts';
import { InterviewType } from '../../domain/contactProcess.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { isTransitionGroup } from '../kf/r-kf-04-transition-group.ts';
import type { SummonsCommand } from './contact-command.ts';

export const cvInterviewOnlyForTransitionGroup: ValidationRule<SummonsCommand> = {
  id: 'R-MTG-02',
  title: 'CV-samtale (10) only for citizens under the transition rules',
  source: '000 §1.4',
  validFrom: '2024-01-01',
  validTo: null,
  evaluate(c) {
    if (c.actor.organisationType !== OrganisationType.AKasse || c.summons.interviewType !== InterviewType.CvSamtale)
      return null;
    if (isTransitionGroup(c.citizen, c.date)) return null;
    return violation(
      this,
      'CvInterviewOnlyForTransitionGroup',
      `the citizen is not under the transition rules on ${c.date}`,
    );
  },
};
