// R-KF-01 — 000 §1.1, §1.2; 003 N3: from 1 January 2024 every dagpengemodtager placed in a dagpenge
// period has the contact process with the a-kasse ("kun skal forholde sig til én myndighed – a-kassen")
// until 3 months of dagpenge are consumed, counted as 410 hours (full-time) or 333 hours (part-time);
// the period is registered as absence 75 'Kontaktforløb er hos a-kassen'.
import { InsuranceType, type CitizenState, type IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { ABSENCE_75, activeAbsenceOn } from '../citizen-on-date.ts';

export const akasseOwnsFirstPeriod: RuleMeta = {
  id: 'R-KF-01',
  title: 'The a-kasse owns the first 410/333 hours of a dagpenge recipient’s contact process',
  source: '000 §1.1, §1.2; 003 N3; 002 N2',
  validFrom: '2024-01-01',
  validTo: null,
};

/** Dagpenge hours that make up the a-kasse period: 410 for full-time, 333 for part-time insured. */
export function hoursThreshold(insuranceType: number): number {
  if (insuranceType === InsuranceType.FullTime) return 410;
  if (insuranceType === InsuranceType.PartTime) return 333;
  throw new RangeError(`unknown insurance type ${insuranceType}`);
}

/** The a-kasse while an active absence 75 covers the date, otherwise the jobcentre. */
export function responsibleAuthority(state: CitizenState, date: IsoDate): 'akasse' | 'jobcenter' {
  return activeAbsenceOn(state, ABSENCE_75, date) ? 'akasse' : 'jobcenter';
}
