// UnemploymentBenefitsAccountService (dagpengetæller), visitation-absence.md §3: Create and Update
// only for a-kasser (and STAR); Get also for the citizen's jobcentre, so it can see the transfer to the
// jobcentre coming (R-KF-18). A former a-kasse may Create up to 1095 days after membership; if the
// member has joined another a-kasse, DFDG stores nothing and forwards the report to the new a-kasse
// as GetBenefitsAccountFromFormerUnemploymentFundVersion3 (rule 4 of §3.1).
import { alle, egne, tidligereEgne } from '../../access/model.ts';
import {
  reportBenefitsAccount,
  updateBenefitsConsumption,
  type BenefitsConsumption,
  type BenefitsGrading,
} from '../../app/benefits/benefitsAccount.ts';
import type { BenefitsConsumptionType, BenefitsGradingType } from '../../contract/generated/types.ts';
import { asLocalDateTime, calendarDateOf } from '../../domain/dates.ts';
import { fault } from '../../faults/catalogue.ts';
import { formerFundMessage } from '../../outbox/formerFundMessage.ts';
import { hoursThreshold } from '../../rules/index.ts';
import type { UnemploymentBenefitsAccountServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

function checkCorrectionPair(comment: string | undefined, start: string | undefined): void {
  if ((comment === undefined) !== (start === undefined)) {
    throw fault('InvalidMessage', 'CorrectionComment and CorrectionStartDateTime must be given together');
  }
}

function consumption(c: BenefitsConsumptionType): BenefitsConsumption {
  return {
    consumedHours: c.ConsumedHours,
    missingHoursForRegrading: c.MissingHoursForRegrading ?? null,
    calculationDate: calendarDateOf(c.CalculationDate),
  };
}

function grading(g: BenefitsGradingType): BenefitsGrading {
  return {
    ordinaryPeriodGradingDate: calendarDateOf(g.OrdinaryBenefitsPeriodGradingDate),
    gradingDate: calendarDateOf(g.GradingDate),
    offsetHours: g.OffsetHours,
    gradingType: g.BenefitsGradingTypeIdentifier,
    gradingBasisTypes: g.BenefitsGradingBasis.BenefitsGradingBasisTypeIdentifierType ?? [],
    insuranceType: g.InsuranceTypeIdentifier ?? null,
    referencePeriodEndDate: g.ReferencePeriodEndDate ?? null,
    ratePerMonth: g.RatePerMonth ?? null,
  };
}

export const operations: UnemploymentBenefitsAccountServiceOperations = {
  CreateBenefitsAccount: {
    kind: 'write',
    access: {
      allowed: { AKasse: [egne, tidligereEgne(120, 1095)], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
    },
    async handle(req, call) {
      checkCorrectionPair(req.CorrectionComment, req.CorrectionStartDateTime);
      const report = {
        newGrading: req.NewGrading,
        grading: req.BenefitsGrading ? grading(req.BenefitsGrading) : null,
        consumption: req.BenefitsConsumption ? consumption(req.BenefitsConsumption) : null,
      };
      const w = call.write;
      await reportBenefitsAccount(
        w,
        call.citizen!,
        report,
        (to) => formerFundMessage(req, req.PersonCivilRegistrationIdentifier, to, call.actor, w.user),
        call.dagpengeMaximumRates,
      );
      return receipt(w);
    },
  },
  UpdateBenefitsAccount: {
    kind: 'write',
    access: { allowed: { AKasse: [egne], STAR: [alle] }, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      checkCorrectionPair(req.CorrectionComment, req.CorrectionStartDateTime);
      await updateBenefitsConsumption(call.write, call.citizen!, consumption(req.BenefitsConsumption));
      return receipt(call.write);
    },
  },
  GetUnemploymentBenefitsAccountInfo: {
    kind: 'read',
    access: {
      allowed: { AKasse: [egne, tidligereEgne(120, 120)], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
    },
    async handle(_req, call) {
      const a = call.citizen!.benefitsAccount;
      if (!a) return {};
      return {
        BenefitsAccountInfo: {
          UnemploymentFundCode: a.akasseCode,
          BenefitsGrading: {
            ...(a.ordinaryPeriodGradingDate
              ? { OrdinaryBenefitsPeriodGradingDate: asLocalDateTime(a.ordinaryPeriodGradingDate) }
              : {}),
            GradingDate: asLocalDateTime(a.gradingDate),
            OffsetHours: a.offsetHours,
            ...(a.gradingType !== null ? { BenefitsGradingTypeIdentifier: a.gradingType } : {}),
            BenefitsGradingBasis: { BenefitsGradingBasisTypeIdentifierType: [...a.gradingBasisTypes] },
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
