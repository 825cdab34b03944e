// R-CV-01 (R-AK-09) — 000 §4.1, §7.1; 003 N1 (release 2023-4, 4 Dec 2023): CV status 5 'Jobcentret vurderer, at
// CV'et ikke længere er fyldestgørende' no longer creates a NUPH. The jobcentre registers the status through
// CVWorkFlowService.UpdateCVStatus, which stores it and notifies GetCVStatusVersion7 with IsNUPH false from the
// release (`cvStatusIsNuph`); a NUPH with the event code 5 of the pre-2023-4 event list (codelists/nuph-events.json)
// is refused by this rule with its own fault before R-AK-01's general one (docs/contract-decisions.md).
import { violation, whileInForce, type ValidationRule } from '../engine.ts';
import type { NuphEventCommand } from '../ak/nuph-command.ts';

/** The event code of the pre-2023-4 list that was CV status 5. */
export const CV_STATUS_5_EVENT = 5;

export const cvStatus5NotNuph: ValidationRule<NuphEventCommand> = {
  id: 'R-CV-01',
  title: 'CV status 5 no longer triggers a NUPH',
  source: '000 §4.1, §7.1; 003 N1',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (c.eventCode !== CV_STATUS_5_EVENT) return null;
    return violation(this, 'CvStatus5NotNuph', `NuphEventTypeIdentifier ${c.eventCode}`);
  },
};

/**
 * Whether a CV status registration (CVWorkFlowService.UpdateCVStatus) is a NUPH for the a-kasse, as
 * GetCVStatusVersion7's IsNUPH says: status 5 was one before release 2023-4; from it no CV status is.
 */
export function cvStatusIsNuph(status: number, businessDate: string): boolean {
  return whileInForce(cvStatus5NotNuph, businessDate, status === CV_STATUS_5_EVENT, () => false);
}
