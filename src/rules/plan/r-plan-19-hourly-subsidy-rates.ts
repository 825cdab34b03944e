// R-PLAN-19 — 004 §3.7 (release 2022-1): on company-based activities of type 'Job for førtidspensionister på
// særlige vilkår' (activity types 14, 38, 39, 40) the only hourly subsidy rates (timetilskudssats) are 1 and 2
// ('Ansættelse m løntilskud, LAB § 75, stk. 2, nr. 1/2'); any other rate is refused (best reading). Without a
// rate the activity is not refused here.
import { violation, type ValidationRule } from '../engine.ts';
import type { ActivityCommand } from './activity-command.ts';

export const EARLY_RETIREMENT_JOB_TYPES: ReadonlySet<number> = new Set([14, 38, 39, 40]);
export const ALLOWED_HOURLY_SUBSIDY_RATES: ReadonlySet<number> = new Set([1, 2]);

export const hourlySubsidyRates: ValidationRule<ActivityCommand> = {
  id: 'R-PLAN-19',
  title: 'Activity types 14/38/39/40 allow hourly subsidy rates 1 and 2 only',
  source: '004 §3.7',
  validFrom: '2022-03-14',
  validTo: null,
  evaluate(c) {
    const { activationType, hourlySubsidyRate } = c.after;
    if (activationType === null || !EARLY_RETIREMENT_JOB_TYPES.has(activationType) || hourlySubsidyRate === null)
      return null;
    if (ALLOWED_HOURLY_SUBSIDY_RATES.has(hourlySubsidyRate)) return null;
    return violation(
      this,
      'HourlySubsidyRateNotAllowed',
      `ActivationTypeIdentifier ${activationType}, hourly subsidy rate ${hourlySubsidyRate}`,
    );
  },
};
