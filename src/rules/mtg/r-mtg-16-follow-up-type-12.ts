// R-MTG-16 — 003 N5: when the jobcentre approves an offer the a-kasse recommended, it follows up with
// 'Anden samtale' (12) while the a-kasse is responsible (absence 75 open), afterwards with 7. Best reading:
// the jobcentre may register a held type 12 while absence 75 is active — the exception to R-MTG-14's
// other side.
import { OrganisationType } from '../../domain/types.ts';
import { InterviewType } from '../../domain/contactProcess.ts';
import { inForce, violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import { akasseHasContactProcess, jobcentreOutsideGroup1Meta } from './r-mtg-14-jobcentre-outside-group-1.ts';
import type { HeldInterviewCommand } from './contact-command.ts';

export const followUpWithType12: RuleMeta = {
  id: 'R-MTG-16',
  title: 'The jobcentre follows up an approved a-kasse recommendation with type 12 while absence 75 is open',
  source: '003 N5',
  validFrom: '2024-01-01',
  validTo: null,
};

export function isFollowUpDuringAkassePeriod(c: HeldInterviewCommand): boolean {
  return (
    c.actor.organisationType === OrganisationType.Jobcenter && c.interview.interviewType === InterviewType.AndenSamtale
  );
}

/** R-MTG-14's other side for held interviews, with R-MTG-16's exception: while the a-kasse has the contact
 *  process the jobcentre registers only the type 12 follow-up. */
export const jobcentreHeldInterviewDuringAkassePeriod: ValidationRule<HeldInterviewCommand> = {
  ...jobcentreOutsideGroup1Meta,
  validFrom: null,
  evaluate(c, businessDate) {
    if (c.actor.organisationType !== OrganisationType.Jobcenter || !akasseHasContactProcess(c, businessDate))
      return null;
    if (inForce(followUpWithType12, businessDate) && isFollowUpDuringAkassePeriod(c)) return null;
    return violation(
      jobcentreOutsideGroup1Meta,
      'AkasseHasContactProcess',
      `interview type ${c.interview.interviewType} on ${c.date}`,
    );
  },
};
