// R-KF-03 — 000 §1.2: "Registreringen sker på baggrund af oplysningerne i dagpengetæller": with no
// counter data the citizen is newly unemployed and goes to the a-kasse; otherwise DFDG looks at whether the
// reference period is exceeded, whether 410/333 hours are consumed and whether hours are still missing
// before a re-placement. No decision table is given; this is the reading of A-02.
import type { BenefitsAccount, IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { thresholdReached } from './r-kf-08-end-at-threshold.ts';

export const responsibilityFromCounter: RuleMeta = {
  id: 'R-KF-03',
  title: 'Responsibility for the contact process is decided from the dagpengetæller',
  source: '000 §1.2',
  validFrom: '2024-01-01',
  validTo: null,
};

export function contactProcessResponsibility(
  account: BenefitsAccount | null,
  enrollmentDate: IsoDate,
): 'akasse' | 'jobcenter' {
  if (account === null) return 'akasse';
  if (!thresholdReached(account)) return 'akasse';
  return rePlacementDue(account, enrollmentDate) ? 'akasse' : 'jobcenter';
}

/** A new placement starts: the reference period is over and no hours are missing for a re-placement. */
function rePlacementDue(account: BenefitsAccount, enrollmentDate: IsoDate): boolean {
  return (
    account.referencePeriodEndDate !== null &&
    account.referencePeriodEndDate < enrollmentDate &&
    (account.missingHoursForRegrading ?? 0) === 0
  );
}
