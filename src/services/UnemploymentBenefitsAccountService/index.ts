// UnemploymentBenefitsAccountService (dagpengetæller), visitation-absence.md §3: Create and Update
// only for a-kasser (and STAR); Get also for the citizen's jobcentre, so it can see the transfer to the
// jobcentre coming (R-KF-18). A former a-kasse may Create up to 1095 days after membership; if the
// member has joined another a-kasse, DFDG stores nothing and forwards the report to the new a-kasse
// as GetBenefitsAccountFromFormerUnemploymentFundVersion3 (rule 4 of §3.1).
import type { Knex } from 'knex';
import type { UnemploymentBenefitsAccountServiceOperations } from '../../contract/generated/services.ts';
import type { BenefitsConsumptionType, BenefitsGradingType } from '../../contract/generated/types.ts';
import { alle, currentAkasse, egne, tidligereEgne } from '../../access/model.ts';
import { asLocalDateTime, calendarDateOf } from '../../domain/dates.ts';
import { OrganisationType, type BenefitsAccount } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { formerFundMessage } from '../../outbox/formerFundMessage.ts';
import { hoursThreshold } from '../../rules/index.ts';
import { upsertBenefitsAccount } from '../../store/citizenRepository.ts';
import type { CallContext } from '../../soap/operation.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import { receipt } from '../receipt.ts';

function checkCorrectionPair(comment: string | undefined, start: string | undefined): void {
  if ((comment === undefined) !== (start === undefined)) {
    throw fault('InvalidMessage', 'CorrectionComment and CorrectionStartDateTime must be given together');
  }
}

function consumption(c: BenefitsConsumptionType) {
  return { consumedHours: c.ConsumedHours, missingHoursForRegrading: c.MissingHoursForRegrading ?? null, calculationDate: calendarDateOf(c.CalculationDate) };
}

function grading(g: BenefitsGradingType, ctx: CallContext) {
  requireCodeListValue('insurance-types', g.InsuranceTypeIdentifier, ctx.businessDate, 'InsuranceTypeIdentifier');
  return {
    insuranceType: g.InsuranceTypeIdentifier,
    gradingDate: calendarDateOf(g.GradingDate),
    offsetHours: g.OffsetHours,
    referencePeriodEndDate: g.ReferencePeriodEndDate ?? null,
    ratePerMonth: g.RatePerMonth ?? null,
  };
}


export const operations: UnemploymentBenefitsAccountServiceOperations = {
  CreateBenefitsAccount: {
    access: {
      allowed: { AKasse: [egne, tidligereEgne(120, 1095)], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
      writes: true,
    },
    async handle(req, ctx) {
      checkCorrectionPair(req.CorrectionComment, req.CorrectionStartDateTime);
      const state = ctx.citizen!;
      const fields = grading(req.BenefitsGrading, ctx);
      const current = currentAkasse(state, ctx.businessDate);
      const caller = ctx.actor.organisationCode;
      if (ctx.actor.organisationType === OrganisationType.AKasse && current !== null && current !== caller) {
        const receiver = { organisationType: OrganisationType.AKasse, organisationCode: current, subQueue: null };
        await enqueue(ctx.db as Knex.Transaction, [formerFundMessage(req, state.person.cpr, receiver, ctx.actor, ctx.userMetadata)], ctx.now);
        return receipt(ctx);
      }
      const account: BenefitsAccount = {
        cpr: state.person.cpr,
        akasseCode: ctx.actor.organisationType === OrganisationType.AKasse ? caller : (current ?? caller),
        ...fields,
        ...consumption(req.BenefitsConsumption),
      };
      await upsertBenefitsAccount(ctx.db, account);
      return receipt(ctx);
    },
  },
  UpdateBenefitsAccount: {
    access: { allowed: { AKasse: [egne], STAR: [alle] }, citizen: (r) => r.PersonCivilRegistrationIdentifier, writes: true },
    async handle(req, ctx) {
      checkCorrectionPair(req.CorrectionComment, req.CorrectionStartDateTime);
      const account = ctx.citizen!.benefitsAccount;
      if (!account) throw fault('NoBenefitsAccount');
      await upsertBenefitsAccount(ctx.db, { ...account, ...consumption(req.BenefitsConsumption) });
      return receipt(ctx);
    },
  },
  GetUnemploymentBenefitsAccountInfo: {
    access: {
      allowed: { AKasse: [egne, tidligereEgne(120, 120)], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
      writes: false,
    },
    async handle(_req, ctx) {
      const a = ctx.citizen!.benefitsAccount;
      if (!a) return {};
      return {
        BenefitsAccountInfo: {
          UnemploymentFundCode: a.akasseCode,
          BenefitsGrading: {
            GradingDate: asLocalDateTime(a.gradingDate),
            OffsetHours: a.offsetHours,
            InsuranceTypeIdentifier: a.insuranceType,
            ...(a.referencePeriodEndDate ? { ReferencePeriodEndDate: a.referencePeriodEndDate } : {}),
            ...(a.ratePerMonth !== null ? { RatePerMonth: a.ratePerMonth } : {}),
          },
          BenefitsConsumption: {
            ConsumedHours: a.consumedHours,
            ...(a.missingHoursForRegrading !== null ? { MissingHoursForRegrading: a.missingHoursForRegrading } : {}),
            CalculationDate: asLocalDateTime(a.calculationDate),
          },
          HoursThreshold: hoursThreshold(a.insuranceType),
        },
      };
    },
  },
};
