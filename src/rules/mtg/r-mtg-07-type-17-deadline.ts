// R-MTG-07 — 000 §1.5: a jobcentre may give a deadline for self-booking interview type 17; "OBS: Der må
// ikke oprettes frist … for borgere omfattet af overgangsreglerne".
import { InterviewType } from '../../domain/contactProcess.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { isTransitionGroup } from '../kf/r-kf-04-transition-group.ts';
import type { DeadlineCommand } from './contact-command.ts';

export const type17Deadline: ValidationRule<DeadlineCommand> = {
  id: 'R-MTG-07',
  title: 'No type 17 self-booking deadline for citizens under the transition rules',
  source: '000 §1.5',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (c.deadline.interviewType !== InterviewType.FaellesJobsamtaleMedDagpengemodtager) return null;
    if (!isTransitionGroup(c.citizen, c.date)) return null;
    return violation(
      this,
      'Type17DeadlineNotForTransitionGroup',
      `the citizen is under the transition rules on ${c.date}`,
    );
  },
};
