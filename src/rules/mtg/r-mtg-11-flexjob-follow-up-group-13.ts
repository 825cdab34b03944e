// R-MTG-11 — 000 §1.11 (fejlrettelse): "Samtaletype 5 'Fleksjobopfølgningssamtale' kan nu registreres for
// borgere i kontaktgruppe 13 'Jobafklaring'". Before release 2023-4 DFDG refused it. The full matrix of
// interview types per contact group was not found (indkaldelse.md §6); this is the part the seeds give.
import { InterviewType } from '../../domain/contactProcess.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { contactGroupOn } from '../citizen-on-date.ts';
import type { HeldInterviewCommand } from './contact-command.ts';

const JOBAFKLARING = 13;
export const RELEASE_2023_4 = '2023-12-04';

export const flexjobFollowUpInGroup13: ValidationRule<HeldInterviewCommand> = {
  id: 'R-MTG-11',
  title: 'Fleksjobopfølgningssamtale (5) may be registered in contact group 13',
  source: '000 §1.11',
  validFrom: null,
  validTo: null,
  evaluate(c, businessDate) {
    if (c.interview.interviewType !== InterviewType.Fleksjobopfoelgningssamtale) return null;
    if (contactGroupOn(c.citizen, c.date) !== JOBAFKLARING || businessDate >= RELEASE_2023_4) return null;
    return violation(
      this,
      'InterviewTypeNotAllowedForContactGroup',
      `interview type 5 in contact group 13 before release 2023-4`,
    );
  },
};
