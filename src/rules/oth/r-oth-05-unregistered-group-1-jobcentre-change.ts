// R-OTH-05 — 004 §1.7 (bug fix in release 2022-1): changing the jobcentre affiliation (jobcentertilhørsforhold)
// succeeds for a citizen in contact group 1 'Dagpengemodtager' who is not registered as a job seeker and no longer
// a member of an a-kasse. Before the release that change failed (5205, the facade's code: the sources give none).
// Two units, one rule: the failure before the release, the acceptance from it (nothing to check).
import { contactGroupOn, currentAkasse, enrolledOn } from '../citizen-on-date.ts';
import { violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import type { JobcentreChangeCommand } from './person-registration-command.ts';
import { RELEASE_2022_1 } from './r-oth-06-fastholdelseskonsulent.ts';

/** The citizen R-OTH-05 is about: contact group 1, not enrolled and without an a-kasse on the day. */
export function unregisteredGroup1WithoutAkasse({ citizen, date }: JobcentreChangeCommand): boolean {
  return (
    contactGroupOn(citizen, date) === 1 &&
    !citizen.enrollments.some((e) => enrolledOn(e, date)) &&
    currentAkasse(citizen, date) === null
  );
}

export const unregisteredGroup1JobcentreChange: RuleMeta = {
  id: 'R-OTH-05',
  title: 'The jobcentre affiliation of an unregistered citizen in contact group 1 without an a-kasse can be changed',
  source: '004 §1.7',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export const unregisteredGroup1ChangeFailedBefore2022_1: ValidationRule<JobcentreChangeCommand> = {
  id: 'R-OTH-05',
  title: 'Before release 2022-1 that change failed',
  source: '004 §1.7',
  validFrom: null,
  validTo: RELEASE_2022_1,
  evaluate(c) {
    if (!unregisteredGroup1WithoutAkasse(c)) return null;
    return violation(
      unregisteredGroup1ChangeFailedBefore2022_1,
      'JobcentreChangeFailedBefore2022_1',
      `${c.citizen.person.cpr} to ${c.jobcenterCode}`,
    );
  },
};
