// R-CV-04 — 004 §4.1 (bug fix in release 2022-1): an a-kasse may approve the CV of a dagpenge recipient (contact
// group 1 on the status date) who has an open rehabilitation process. Before the release the a-kasse's CV status
// for such a citizen was refused (5321, the facade's code: the sources give none). Two units, one rule.
import { OrganisationType } from '../../domain/types.ts';
import { contactGroupOn } from '../citizen-on-date.ts';
import { violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';
import type { CvStatusCommand } from './cv-command.ts';

export const approvalInRehabilitation: RuleMeta = {
  id: 'R-CV-04',
  title: 'An a-kasse can approve the CV of a dagpenge recipient in a rehabilitation process',
  source: '004 §4.1',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export const approvalInRehabilitationRefusedBefore2022_1: ValidationRule<CvStatusCommand> = {
  id: 'R-CV-04',
  title: "Before release 2022-1 the a-kasse's CV status for a dagpenge recipient in rehabilitation was refused",
  source: '004 §4.1',
  validFrom: null,
  validTo: RELEASE_2022_1,
  evaluate(c) {
    if (c.organisationType !== OrganisationType.AKasse || !c.inRehabilitation) return null;
    if (contactGroupOn(c.citizen, c.statusDate) !== 1) return null;
    return violation(this, 'CvApprovalInRehabilitationRefused', `CvStatusIdentifier ${c.status}`);
  },
};
