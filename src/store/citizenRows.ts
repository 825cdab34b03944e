// Row ↔ domain mapping for the citizen tables, the only place that knows column names. Reads
// normalise what the drivers differ on: SQLite returns booleans as 0/1, PostgreSQL returns
// decimal columns as strings, SQL Server returns bit as boolean.
import type {
  AkasseMembership,
  Absence,
  Actor,
  BenefitsAccount,
  ContactGroupPeriod,
  CprStatus,
  PersonCategoryPeriod,
  Enrollment,
  Person,
} from '../domain/types.ts';

export type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 'true';

export const personRow = (p: Person): Row => ({
  cpr: p.cpr,
  birth_date: p.birthDate,
  deceased_date: p.deceasedDate,
  jobcenter_code: p.jobcenterCode,
  municipality_code: p.municipalityCode,
  replaced_by_cpr: p.replacedByCpr,
  cpr_status: p.cprStatus?.status ?? null,
  cpr_status_date: p.cprStatus?.date ?? null,
});

export const toPerson = (r: Row): Person => ({
  cpr: str(r.cpr),
  birthDate: str(r.birth_date),
  deceasedDate: strOrNull(r.deceased_date),
  jobcenterCode: str(r.jobcenter_code),
  municipalityCode: str(r.municipality_code),
  replacedByCpr: strOrNull(r.replaced_by_cpr),
  cprStatus:
    r.cpr_status === null || r.cpr_status === undefined
      ? null
      : { status: str(r.cpr_status) as CprStatus['status'], date: str(r.cpr_status_date) },
});

export const contactGroupRow = (c: ContactGroupPeriod): Row => ({
  id: c.id,
  cpr: c.cpr,
  contact_group: c.contactGroup,
  start_date: c.startDate,
  end_date: c.endDate,
});

export const toContactGroup = (r: Row): ContactGroupPeriod => ({
  id: str(r.id),
  cpr: str(r.cpr),
  contactGroup: num(r.contact_group),
  startDate: str(r.start_date),
  endDate: strOrNull(r.end_date),
});

export const personCategoryRow = (c: PersonCategoryPeriod): Row => ({
  id: c.id,
  cpr: c.cpr,
  category: c.category,
  start_date: c.startDate,
  end_date: c.endDate,
  org_type: c.registeredBy.organisationType,
  org_code: c.registeredBy.organisationCode,
  registered_on: c.registeredOn,
});

export const toPersonCategory = (r: Row): PersonCategoryPeriod => ({
  id: str(r.id),
  cpr: str(r.cpr),
  category: num(r.category),
  startDate: str(r.start_date),
  endDate: strOrNull(r.end_date),
  registeredBy: { organisationType: num(r.org_type), organisationCode: str(r.org_code) },
  registeredOn: str(r.registered_on),
});

export const membershipRow = (m: AkasseMembership): Row => ({
  id: m.id,
  cpr: m.cpr,
  akasse_code: m.akasseCode,
  start_date: m.startDate,
  end_date: m.endDate,
});

export const toMembership = (r: Row): AkasseMembership => ({
  id: str(r.id),
  cpr: str(r.cpr),
  akasseCode: str(r.akasse_code),
  startDate: str(r.start_date),
  endDate: strOrNull(r.end_date),
});

export const benefitsAccountRow = (a: BenefitsAccount): Row => ({
  cpr: a.cpr,
  akasse_code: a.akasseCode,
  insurance_type: a.insuranceType,
  grading_date: a.gradingDate,
  ordinary_period_grading_date: a.ordinaryPeriodGradingDate,
  grading_type: a.gradingType,
  grading_basis_types: a.gradingBasisTypes.length ? a.gradingBasisTypes.join(',') : null,
  offset_hours: a.offsetHours,
  reference_period_end_date: a.referencePeriodEndDate,
  consumed_hours: a.consumedHours,
  missing_hours_for_regrading: a.missingHoursForRegrading,
  rate_per_month: a.ratePerMonth,
  calculation_date: a.calculationDate,
});

export const toBenefitsAccount = (r: Row): BenefitsAccount => ({
  cpr: str(r.cpr),
  akasseCode: str(r.akasse_code),
  insuranceType: num(r.insurance_type),
  gradingDate: str(r.grading_date),
  ordinaryPeriodGradingDate: strOrNull(r.ordinary_period_grading_date),
  gradingType: numOrNull(r.grading_type),
  gradingBasisTypes: strOrNull(r.grading_basis_types)?.split(',').map(Number) ?? [],
  offsetHours: num(r.offset_hours),
  referencePeriodEndDate: strOrNull(r.reference_period_end_date),
  consumedHours: num(r.consumed_hours),
  missingHoursForRegrading: numOrNull(r.missing_hours_for_regrading),
  ratePerMonth: numOrNull(r.rate_per_month),
  calculationDate: str(r.calculation_date),
});

export const enrollmentRow = (e: Enrollment): Row => ({
  id: e.id,
  cpr: e.cpr,
  client_category: e.clientCategory,
  enrollment_date: e.enrollmentDate,
  end_date: e.endDate,
  end_reason: e.endReason,
});

export const toEnrollment = (r: Row): Enrollment => ({
  id: str(r.id),
  cpr: str(r.cpr),
  clientCategory: num(r.client_category),
  enrollmentDate: str(r.enrollment_date),
  endDate: strOrNull(r.end_date),
  endReason: numOrNull(r.end_reason),
});

function actorColumns(a: Actor): Row {
  return a.kind === 'authority'
    ? {
        registered_by_kind: 'authority',
        registered_by_org_type: a.organisationType,
        registered_by_org_code: a.organisationCode,
        registered_by_user: a.userIdentifier,
        registered_by_user_type: a.userType,
        registered_by_process: null,
      }
    : {
        registered_by_kind: 'dfdg',
        registered_by_org_type: null,
        registered_by_org_code: null,
        registered_by_user: null,
        registered_by_user_type: null,
        registered_by_process: a.process,
      };
}

function toActor(r: Row): Actor {
  if (r.registered_by_kind === 'authority') {
    return {
      kind: 'authority',
      organisationType: num(r.registered_by_org_type),
      organisationCode: str(r.registered_by_org_code),
      userIdentifier: str(r.registered_by_user ?? ''),
      userType: num(r.registered_by_user_type ?? 0),
    };
  }
  if (r.registered_by_kind === 'dfdg') return { kind: 'dfdg', process: str(r.registered_by_process ?? '') };
  throw new Error(`absence ${String(r.id)}: unknown registered_by_kind ${String(r.registered_by_kind)}`);
}

export const absenceRow = (a: Absence): Row => ({
  id: a.id,
  cpr: a.cpr,
  absence_type: a.absenceType,
  start_date: a.startDate,
  end_date: a.endDate,
  notification_date: a.notificationDate,
  comment: a.comment,
  end_reason: a.endReason,
  active: a.active,
  created_by_dfdg: a.createdByDfdg,
  ...actorColumns(a.registeredBy),
  registered_on: a.registeredOn,
  deleted_on: a.deletedOn,
});

export const toAbsence = (r: Row): Absence => ({
  id: str(r.id),
  cpr: str(r.cpr),
  absenceType: num(r.absence_type),
  startDate: str(r.start_date),
  endDate: strOrNull(r.end_date),
  notificationDate: str(r.notification_date),
  comment: strOrNull(r.comment),
  endReason: numOrNull(r.end_reason),
  active: bool(r.active),
  createdByDfdg: bool(r.created_by_dfdg),
  registeredBy: toActor(r),
  registeredOn: str(r.registered_on),
  deletedOn: strOrNull(r.deleted_on),
});
