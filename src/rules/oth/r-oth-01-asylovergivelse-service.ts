// R-OTH-01 — 000 §1.9: from release 2023-4 the asylum handover data (asylovergivelsesdata) are created, updated
// and shown through the new service Borgerindsats.AsylovergivelseService, with the same business functionality as
// the old methods except that the deadline for the jobcentre's CV updates, CvEditEnddate, is removed: the new
// contract has no CvEditEnddate and the facade keeps none (D-262). The old methods were not found and are not
// served (D-262). Two units, one rule: the service refuses calls on a business date before the release (5212);
// from it, it serves.
import { violation, type RuleMeta, type ValidationRule } from '../engine.ts';

export const RELEASE_2023_4 = '2023-12-04';

export const asylovergivelseService: RuleMeta = {
  id: 'R-OTH-01',
  title: 'Asylum handover data through Borgerindsats.AsylovergivelseService, without CvEditEnddate',
  source: '000 §1.9',
  validFrom: RELEASE_2023_4,
  validTo: null,
};

export const asylovergivelseServiceBeforeRelease: ValidationRule<{ cpr: string }> = {
  id: 'R-OTH-01',
  title: 'Before release 2023-4 Borgerindsats.AsylovergivelseService does not exist',
  source: '000 §1.9',
  validFrom: null,
  validTo: RELEASE_2023_4,
  evaluate({ cpr }, businessDate) {
    return violation(
      asylovergivelseServiceBeforeRelease,
      'AsylovergivelseServiceNotYetAvailable',
      `asylum handover data of ${cpr} on ${businessDate}`,
    );
  },
};
