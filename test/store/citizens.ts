// Domain objects for the store tests: one citizen with one of everything.
import type {
  Absence,
  AkasseMembership,
  BenefitsAccount,
  ContactGroupPeriod,
  Enrollment,
  Person,
} from '../../src/domain/types.ts';

export const CPR = '0101901234';

export const person = (cpr = CPR): Person => ({
  cpr,
  birthDate: '1990-01-01',
  deceasedDate: null,
  jobcenterCode: '10100',
  municipalityCode: '101',
  replacedByCpr: null,
  cprStatus: null,
});

export const contactGroup = (id: string, startDate: string, cpr = CPR): ContactGroupPeriod => ({
  id,
  cpr,
  contactGroup: 1,
  startDate,
  endDate: null,
});

export const membership = (id: string, startDate: string, cpr = CPR): AkasseMembership => ({
  id,
  cpr,
  akasseCode: '81',
  startDate,
  endDate: null,
});

export const benefitsAccount = (cpr = CPR): BenefitsAccount => ({
  cpr,
  akasseCode: '81',
  insuranceType: 2,
  gradingDate: '2023-06-01',
  ordinaryPeriodGradingDate: '2023-06-01',
  gradingType: 1,
  gradingBasisTypes: [1, 3],
  offsetHours: 0.01,
  referencePeriodEndDate: '2026-06-01',
  consumedHours: 340.5,
  missingHoursForRegrading: 100,
  ratePerMonth: 19728.75,
  calculationDate: '2024-01-10',
});

export const enrollment = (id: string, enrollmentDate: string, cpr = CPR): Enrollment => ({
  id,
  cpr,
  clientCategory: 1,
  enrollmentDate,
  endDate: null,
  endReason: null,
});

export const authorityAbsence = (id: string, startDate: string, cpr = CPR): Absence => ({
  id,
  cpr,
  absenceType: 11,
  startDate,
  endDate: null,
  notificationDate: startDate,
  comment: 'sygemeldt – æøå',
  endReason: null,
  active: true,
  createdByDfdg: false,
  registeredBy: {
    kind: 'authority',
    organisationType: 8,
    organisationCode: '10100',
    userIdentifier: 'CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    userType: 2,
  },
  registeredOn: startDate,
  deletedOn: null,
});

export const dfdgAbsence = (id: string, startDate: string, cpr = CPR): Absence => ({
  ...authorityAbsence(id, startDate, cpr),
  absenceType: 75,
  comment: null,
  active: false,
  createdByDfdg: true,
  registeredBy: { kind: 'dfdg', process: 'tilmelding' },
});

export const uuid = (n: number) => `3f2504e0-4f89-41d3-9a0c-${n.toString().padStart(12, '0')}`;
