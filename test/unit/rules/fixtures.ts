// Tiny citizen states for the rule tests: every builder takes the few fields a test cares about.
import { firstViolation } from '../../../src/rules/engine.ts';
import { absenceChangeRules, type AbsenceChange } from '../../../src/rules/index.ts';
import type {
  Absence,
  Actor,
  AkasseMembership,
  BenefitsAccount,
  CitizenState,
  ContactGroupPeriod,
  Enrollment,
  IsoDate,
} from '../../../src/domain/types.ts';

export const CPR = '0101901234';
export const JOBCENTER = '10100';
export const MUNICIPALITY = '101';
export const AKASSE_A = '81';
export const AKASSE_B = '82';

let next = 0;
const id = (prefix: string) => `${prefix}-${++next}`;

export function citizen(parts: Partial<Omit<CitizenState, 'person'>> = {}): CitizenState {
  return {
    person: {
      cpr: CPR,
      birthDate: '1990-01-01',
      deceasedDate: null,
      jobcenterCode: JOBCENTER,
      municipalityCode: MUNICIPALITY,
      replacedByCpr: null,
      cprStatus: null,
    },
    contactGroups: [],
    memberships: [],
    benefitsAccount: null,
    enrollments: [],
    absences: [],
    personCategories: [],
    ...parts,
  };
}

export const akasse = (code = AKASSE_A): Actor => ({
  kind: 'authority',
  organisationType: 2,
  organisationCode: code,
  userIdentifier: 'u',
  userType: 2,
});
export const jobcenter = (code = JOBCENTER): Actor => ({
  kind: 'authority',
  organisationType: 8,
  organisationCode: code,
  userIdentifier: 'u',
  userType: 2,
});
export const star: Actor = {
  kind: 'authority',
  organisationType: 1,
  organisationCode: 'STAR',
  userIdentifier: 'u',
  userType: 2,
};
export const dfdg: Actor = { kind: 'dfdg', process: 'test' };

export function absence(absenceType: number, startDate: IsoDate, more: Partial<Absence> = {}): Absence {
  return {
    id: id('absence'),
    cpr: CPR,
    absenceType,
    startDate,
    endDate: null,
    notificationDate: startDate,
    comment: null,
    endReason: null,
    active: true,
    createdByDfdg: false,
    registeredBy: akasse(),
    registeredOn: startDate,
    deletedOn: null,
    ...more,
  };
}

export function enrollment(
  clientCategory: number,
  enrollmentDate: IsoDate,
  more: Partial<Enrollment> = {},
): Enrollment {
  return { id: id('enrollment'), cpr: CPR, clientCategory, enrollmentDate, endDate: null, endReason: null, ...more };
}

export function membership(akasseCode: string, startDate: IsoDate, endDate: IsoDate | null = null): AkasseMembership {
  return { id: id('membership'), cpr: CPR, akasseCode, startDate, endDate };
}

export function contactGroup(group: number, startDate: IsoDate, endDate: IsoDate | null = null): ContactGroupPeriod {
  return { id: id('cg'), cpr: CPR, contactGroup: group, startDate, endDate };
}

export function account(
  insuranceType: number,
  consumedHours: number,
  more: Partial<BenefitsAccount> = {},
): BenefitsAccount {
  return {
    cpr: CPR,
    akasseCode: AKASSE_A,
    insuranceType,
    gradingDate: '2023-06-01',
    ordinaryPeriodGradingDate: null,
    gradingType: null,
    gradingBasisTypes: [],
    offsetHours: 0.01,
    referencePeriodEndDate: null,
    consumedHours,
    missingHoursForRegrading: null,
    ratePerMonth: null,
    calculationDate: '2024-01-01',
    ...more,
  };
}

/** Ending `before` with an end date and reason. */
export function ending(
  state: CitizenState,
  before: Absence,
  endDate: IsoDate,
  endReason: number,
  actor: Actor = akasse(),
): AbsenceChange {
  return { kind: 'update', state, before, after: { ...before, endDate, endReason }, actor };
}

export function creating(state: CitizenState, after: Absence, actor: Actor = akasse()): AbsenceChange {
  return { kind: 'create', state, before: null, after, actor };
}

export function deleting(state: CitizenState, before: Absence, actor: Actor = jobcenter()): AbsenceChange {
  return { kind: 'delete', state, before, after: null, actor };
}

/** The absence validations as a handler runs them: 'RULE-ID FaultName' for a refusal, or 'accepted'. */
export function outcome(change: AbsenceChange, businessDate: IsoDate): string {
  const v = firstViolation(absenceChangeRules, change, businessDate);
  return v ? `${v.ruleId} ${v.fault}` : 'accepted';
}
