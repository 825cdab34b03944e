// R-JO-06 — 000 §6.2; 003 N2: an a-kasse may place its own members; unemployed members of other a-kasser
// only when it cooperates with those a-kasser on this job order and they are registered as its primary
// authorities.
import { OrganisationType } from '../../domain/types.ts';
import { currentAkasse } from '../citizen-on-date.ts';
import { enrolledOn } from '../citizen-on-date.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { PlacementCommand } from './job-order-command.ts';
import { isPrimary } from './r-jo-01-internal-job-orders.ts';

export const akasseCandidates: ValidationRule<PlacementCommand> = {
  id: 'R-JO-06',
  title: 'An a-kasse places its own members, and unemployed members of a-kasser that are primary authorities',
  source: '000 §6.2; 003 N2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c, businessDate) {
    if (c.actor.organisationType !== OrganisationType.AKasse) return null;
    const akasse = currentAkasse(c.citizen, businessDate);
    if (akasse === c.actor.organisationCode) return null;
    const cooperating =
      akasse !== null && isPrimary(c.order, { organisationType: OrganisationType.AKasse, organisationCode: akasse });
    const unemployed = c.citizen.enrollments.some((e) => enrolledOn(e, businessDate));
    if (cooperating && unemployed) return null;
    return violation(
      this,
      'CandidateNotPlaceableByAkasse',
      `the candidate is ${akasse === null ? 'not a member of an a-kasse' : `a member of a-kasse ${akasse}`}${cooperating && !unemployed ? ' and not unemployed' : ''}`,
    );
  },
};
