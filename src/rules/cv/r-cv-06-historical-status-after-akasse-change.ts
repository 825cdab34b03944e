// R-CV-06 — 004 §4.3 (bug fix in release 2022-1; the historical date itself is of release 2021-4): an a-kasse's CV
// status with a historical date is accepted when the a-kasse was the citizen's a-kasse on that date, even if the
// member has moved to another a-kasse since. Before the release the reporting a-kasse had to be the member's
// a-kasse on the day it reported. Either way another a-kasse is refused with DFDG's 4385 (CVWorkFlowService's
// page: "The client does not have an unemploymentfund registration"). Two units, one rule.
import { OrganisationType } from '../../domain/types.ts';
import { currentAkasse } from '../citizen-on-date.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';
import type { CvStatusCommand } from './cv-command.ts';

export const historicalStatusAfterAkasseChange: ValidationRule<CvStatusCommand> = {
  id: 'R-CV-06',
  title: 'A CV status with a historical date is accepted from the a-kasse of that date, after a change of a-kasse',
  source: '004 §4.3',
  validFrom: RELEASE_2022_1,
  validTo: null,
  evaluate(c) {
    if (c.organisationType !== OrganisationType.AKasse) return null;
    if (currentAkasse(c.citizen, c.statusDate) === c.organisationCode) return null;
    return violation(
      this,
      'NoUnemploymentFundRegistration',
      `a-kasse ${c.organisationCode} was not the citizen's a-kasse on ${c.statusDate}`,
    );
  },
};

export const statusOnlyByCurrentAkasseBefore2022_1: ValidationRule<CvStatusCommand> = {
  id: 'R-CV-06',
  title: "Before release 2022-1 only the member's a-kasse on the day of the report could report a CV status",
  source: '004 §4.3',
  validFrom: null,
  validTo: RELEASE_2022_1,
  evaluate(c, businessDate) {
    if (c.organisationType !== OrganisationType.AKasse) return null;
    if (currentAkasse(c.citizen, businessDate) === c.organisationCode) return null;
    return violation(
      this,
      'NoUnemploymentFundRegistration',
      `a-kasse ${c.organisationCode} is not the citizen's a-kasse on ${businessDate}`,
    );
  },
};
