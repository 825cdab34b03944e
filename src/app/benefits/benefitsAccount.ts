// The dagpengetæller (visitation-absence.md §3): an a-kasse (or STAR) creates and updates a member's benefits
// account. A former a-kasse may create up to 1095 days after the membership; if the member has since joined
// another a-kasse, DFDG stores nothing and forwards the report to the current a-kasse (rule 4 of §3.1) as
// GetBenefitsAccountFromFormerUnemploymentFundVersion3, which the caller builds from the report as sent.
import { InsuranceType, OrganisationType, type BenefitsAccount, type CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import type { OutboxMessage } from '../../outbox/outbox.ts';
import { currentAkasse, ratePerMonthRules, type MaximumRates, type Receiver } from '../../rules/index.ts';
import { upsertBenefitsAccount } from '../../store/citizenRepository.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

export type BenefitsConsumption = Pick<
  BenefitsAccount,
  'consumedHours' | 'missingHoursForRegrading' | 'calculationDate'
>;
/** A placement as reported; the insurance type may be left out (then the account's, else full-time). */
export type BenefitsGrading = Omit<
  BenefitsAccount,
  'cpr' | 'akasseCode' | 'insuranceType' | keyof BenefitsConsumption
> & {
  insuranceType: number | null;
};
/** CreateBenefitsAccount's content: a new placement (`newGrading`) or a change of the earlier one, and/or counters. */
export interface BenefitsAccountReport {
  newGrading: boolean;
  grading: BenefitsGrading | null;
  consumption: BenefitsConsumption | null;
}

/** The account after `report`, or null when it reports nothing to keep; 4990 for counters without a placement. */
function reportedAccount(
  before: BenefitsAccount | null,
  report: BenefitsAccountReport,
  base: Pick<BenefitsAccount, 'cpr' | 'akasseCode'>,
  businessDate: string,
): BenefitsAccount | null {
  const { grading, consumption } = report;
  if (!grading) {
    if (!before) {
      if (consumption) throw fault('NoBenefitsAccount', 'BenefitsConsumption without BenefitsGrading');
      return null;
    }
    return { ...before, ...base, ...consumption };
  }
  // A new placement starts its counters anew; a change of the earlier one keeps them unless reported.
  const counters: BenefitsConsumption =
    consumption ??
    (before && !report.newGrading
      ? before
      : { consumedHours: 0, missingHoursForRegrading: null, calculationDate: businessDate });
  return {
    ...base,
    ...grading,
    insuranceType: grading.insuranceType ?? before?.insuranceType ?? InsuranceType.FullTime,
    consumedHours: counters.consumedHours,
    missingHoursForRegrading: counters.missingHoursForRegrading,
    calculationDate: counters.calculationDate,
  };
}

/** R-AK-17: the reported RatePerMonth is at most the maximum of the member's insurance type — the one reported,
 *  else the account's, else full-time, as the stored account will say — whether the report is stored or
 *  forwarded to the member's current a-kasse. */
function checkRatePerMonth(
  w: WriteContext,
  citizen: CitizenState,
  grading: BenefitsGrading | null,
  maxima: readonly MaximumRates[],
): void {
  if (grading === null || grading.ratePerMonth === null) return;
  const insuranceType = grading.insuranceType ?? citizen.benefitsAccount?.insuranceType ?? InsuranceType.FullTime;
  enforceRules(ratePerMonthRules, { ratePerMonth: grading.ratePerMonth, insuranceType, maxima }, w.businessDate);
}

/** Stores the account the caller reports, or forwards the report (`forward`) when it comes from a former a-kasse. */
export async function reportBenefitsAccount(
  w: WriteContext,
  citizen: CitizenState,
  report: BenefitsAccountReport,
  forward: (to: Receiver) => OutboxMessage,
  maxima: readonly MaximumRates[],
): Promise<'stored' | 'forwarded'> {
  if (report.grading?.insuranceType != null)
    requireCodeListValue('insurance-types', report.grading.insuranceType, w.businessDate, 'InsuranceTypeIdentifier');
  checkRatePerMonth(w, citizen, report.grading, maxima);
  const current = currentAkasse(citizen, w.businessDate);
  const fromAkasse = w.actor.kind === 'authority' && w.actor.organisationType === OrganisationType.AKasse;
  const caller = w.actor.kind === 'authority' ? w.actor.organisationCode : null;
  if (fromAkasse && current !== null && current !== caller) {
    await w.outbox.enqueue([
      forward({ organisationType: OrganisationType.AKasse, organisationCode: current, subQueue: null }),
    ]);
    return 'forwarded';
  }
  const akasseCode = fromAkasse ? caller! : (current ?? caller ?? '');
  const base = { cpr: citizen.person.cpr, akasseCode };
  const account = reportedAccount(citizen.benefitsAccount, report, base, w.businessDate);
  if (account) await upsertBenefitsAccount(w.trx, account);
  return 'stored';
}

/** A new consumption figure on the citizen's existing account (4990 without one). Update is not for former
 *  members nor citizens in no a-kasse (§3.1 rule 8): 4385 when the citizen is in no a-kasse on the business date
 *  (only STAR gets that far; an a-kasse's own members pass its access check). */
export async function updateBenefitsConsumption(
  w: WriteContext,
  citizen: CitizenState,
  consumption: BenefitsConsumption,
): Promise<void> {
  if (currentAkasse(citizen, w.businessDate) === null)
    throw fault('NoUnemploymentFundRegistration', `no a-kasse membership on ${w.businessDate}`);
  const account = citizen.benefitsAccount;
  if (!account) throw fault('NoBenefitsAccount');
  await upsertBenefitsAccount(w.trx, { ...account, ...consumption });
}
