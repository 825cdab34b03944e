// The dagpengetæller (visitation-absence.md §3): an a-kasse (or STAR) creates and updates a member's benefits
// account. A former a-kasse may create up to 1095 days after the membership; if the member has since joined
// another a-kasse, DFDG stores nothing and forwards the report to the current a-kasse (rule 4 of §3.1) as
// GetBenefitsAccountFromFormerUnemploymentFundVersion3, which the caller builds from the report as sent.
import { OrganisationType, type BenefitsAccount, type CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import type { OutboxMessage } from '../../outbox/outbox.ts';
import { currentAkasse, type Receiver } from '../../rules/index.ts';
import { upsertBenefitsAccount } from '../../store/citizenRepository.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';

export type BenefitsAccountReport = Omit<BenefitsAccount, 'cpr' | 'akasseCode'>;
export type BenefitsConsumption = Pick<
  BenefitsAccount,
  'consumedHours' | 'missingHoursForRegrading' | 'calculationDate'
>;

/** Stores the account the caller reports, or forwards the report (`forward`) when it comes from a former a-kasse. */
export async function reportBenefitsAccount(
  w: WriteContext,
  citizen: CitizenState,
  report: BenefitsAccountReport,
  forward: (to: Receiver) => OutboxMessage,
): Promise<'stored' | 'forwarded'> {
  requireCodeListValue('insurance-types', report.insuranceType, w.businessDate, 'InsuranceTypeIdentifier');
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
  await upsertBenefitsAccount(w.trx, { cpr: citizen.person.cpr, akasseCode, ...report });
  return 'stored';
}

/** A new consumption figure on the citizen's existing account (4990 without one). */
export async function updateBenefitsConsumption(
  w: WriteContext,
  citizen: CitizenState,
  consumption: BenefitsConsumption,
): Promise<void> {
  const account = citizen.benefitsAccount;
  if (!account) throw fault('NoBenefitsAccount');
  await upsertBenefitsAccount(w.trx, { ...account, ...consumption });
}
