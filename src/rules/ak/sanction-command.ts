// What the rules of the sanctions register, the availability assessment and the dagpengetæller's rate are given.
import type { IsoDate } from '../../domain/types.ts';

/** A sanction as the a-kasse reports it (CreateSanktion, UpdateSanktion). */
export interface SanctionCommand {
  reason: number;
  limitationDate: IsoDate;
  servedDate: IsoDate | null;
}

/** A SaveAvailabilityAssessment. */
export interface AssessmentCommand {
  assessmentType: number;
  dateField1: IsoDate;
  dateField2: IsoDate;
  /** The NUPH or event answered; null for a stand-alone assessment (fritflyver). */
  responseTo: string | null;
}

/** The maximum dagpenge rates (DKK per month) from a date on (until the next entry's): configuration
 *  (DAGPENGE_MAXIMUM_RATES, defaults `DEFAULTS.dagpengeMaximumRates`). */
export interface MaximumRates {
  from: IsoDate;
  fullTime: number;
  partTime: number;
}

/** The rate in a dagpengetæller report (CreateBenefitsAccount's RatePerMonth), the member's insurance type and
 *  the configured maxima. */
export interface RateReport {
  ratePerMonth: number;
  /** InsuranceTypeIdentifier: 1 full-time, 2 part-time. */
  insuranceType: number;
  maxima: readonly MaximumRates[];
}
