// R-AK-17 — 002 N4 (clarified in release 2024-1; the a-kasse complies at the latest from 18 Mar 2024): the
// dagpengetæller report's RatePerMonth is the member's calculated 90 % rate or the maximum rate, without any
// employment supplement (beskæftigelsestillæg), so it never exceeds the maximum dagpenge rate for full-time or
// part-time insured members. Best reading: a value above the maximum for the member's insurance type on
// the business date is refused. RatePerMonth is therefore an amount in DKK per month (docs/contract-decisions.md
// D-9xx, superseding D-16's hours-per-month reading); the maxima are dated configuration given with the report
// (DAGPENGE_MAXIMUM_RATES; defaults DEFAULTS.dagpengeMaximumRates, src/config/defaults.ts).
import { DEFAULTS } from '../../config/defaults.ts';
import { InsuranceType, type IsoDate } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { MaximumRates, RateReport } from './sanction-command.ts';

/** The maxima in force on `date` (the latest entry from on or before it), or null before the first. */
export function maximumRatesOn(date: IsoDate, table: readonly MaximumRates[] = DEFAULTS.dagpengeMaximumRates) {
  let found: MaximumRates | null = null;
  for (const entry of table) if (entry.from <= date && (found === null || entry.from > found.from)) found = entry;
  return found;
}

/** The maximum RatePerMonth of an insurance type on `date` (part-time for 2, full-time otherwise). */
export function maximumRatePerMonth(
  insuranceType: number,
  date: IsoDate,
  table: readonly MaximumRates[] = DEFAULTS.dagpengeMaximumRates,
): number | null {
  const rates = maximumRatesOn(date, table);
  if (rates === null) return null;
  return insuranceType === InsuranceType.PartTime ? rates.partTime : rates.fullTime;
}

export const ratePerMonthMaximum: ValidationRule<RateReport> = {
  id: 'R-AK-17',
  title: 'RatePerMonth in dagpengetæller reports never exceeds the maximum rate of the insurance type',
  source: '002 N4',
  validFrom: '2024-03-18',
  validTo: null,
  evaluate(r, date) {
    const max = maximumRatePerMonth(r.insuranceType, date, r.maxima);
    if (max === null || r.ratePerMonth <= max) return null;
    const kind = r.insuranceType === InsuranceType.PartTime ? 'part-time' : 'full-time';
    return violation(
      this,
      'RatePerMonthAboveMaximum',
      `RatePerMonth ${r.ratePerMonth} above the ${kind} maximum ${max} on ${date}`,
    );
  },
};
