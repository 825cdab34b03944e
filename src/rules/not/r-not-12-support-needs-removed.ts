// R-NOT-12 — 004 §3.3 (Jobnet release note of 14 March 2022, §4.1), release 2022-1: a citizen with an education
// plan at step 1–3 who was told that the jobcentre registered support needs gets a new message in the Jobnet
// message box when the jobcentre later removes them all. At step 4 no message. The text is the release note's
// content in Danish (the byte-exact wording of 004 §3.3 is not in the sources, D-294).
import type { EducationPlanDetails } from '../../domain/udb.ts';
import type { RuleMeta } from '../engine.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';

export const supportNeedsRemovedMessage: RuleMeta = {
  id: 'R-NOT-12',
  title: 'Jobnet message when the jobcentre removes registered support needs (education plan step 1–3)',
  source: '004 §3.3',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export const SUPPORT_NEEDS_REMOVED = {
  headline: 'Jobcentret har fjernet dine støttebehov',
  text:
    'Formålet er at hjælpe dig godt i gang med en uddannelse. Du har tidligere fået besked om, at jobcentret har ' +
    'vurderet, om du kan have brug for støtte i din uddannelse, og at oplysningerne bliver sendt til ' +
    'uddannelsesinstitutionen, når du starter. Jobcentret har annulleret disse registreringer, så der bliver ikke ' +
    'sendt oplysninger til institutionen, medmindre jobcentret senere registrerer et støttebehov. Gør det det, får ' +
    'du en ny besked.',
} as const;

/** Whether publishing `next` after `previous` removes the support needs the citizen was told of at step 1–3. */
export function supportNeedsRemoved(previous: EducationPlanDetails | null, next: EducationPlanDetails): boolean {
  if (!previous || previous.supportNeeds.length === 0 || next.supportNeeds.length > 0) return false;
  const step = next.step ?? 0;
  return step >= 1 && step <= 3;
}
