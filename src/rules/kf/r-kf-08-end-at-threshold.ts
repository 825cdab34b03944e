// R-KF-08 — 003 N3; 000 §2.2: "A-kassen registrerer slutdato på fravær id 75 … når det er opgjort at
// medlemmet har opnået 410 hhv. 333 timers dagpengeforbrug"; the end reason is 41 and the jobcentre is told
// at once (R-NOT-02). The a-kasse's own registration is accepted by absenceChangeRules; this module
// answers whether a counter has reached the threshold.
import type { BenefitsAccount } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { hoursThreshold } from './r-kf-01-akasse-owns-first-period.ts';

export const endAtThreshold: RuleMeta = {
  id: 'R-KF-08',
  title: 'The a-kasse ends absence 75 with reason 41 when 410/333 hours are consumed',
  source: '003 N3; 000 §2.2; 002 N2',
  validFrom: '2024-01-01',
  validTo: null,
};

/** True when the consumed hours of the current placement are at or above 410/333. */
export function thresholdReached(account: BenefitsAccount): boolean {
  return account.consumedHours >= hoursThreshold(account.insuranceType);
}
