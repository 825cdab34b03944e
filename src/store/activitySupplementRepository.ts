// Activity supplements, Min plan inactivations and the recovery batch's decisions (032_activity_supplement), and
// the CPRs DFDG's age and recovery batches visit.
import type { ActivitySupplement, SupplementEndReason } from '../domain/activitySupplement.ts';
import { AbsenceTypes, type IsoDate } from '../domain/types.ts';
import type { Queryable, Transaction } from './queryable.ts';

type Row = Record<string, unknown>;

function supplementFromRow(r: Row): ActivitySupplement {
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    eventDate: String(r.event_date),
    endDate: r.end_date === null || r.end_date === undefined ? null : String(r.end_date),
    endReason:
      r.end_reason === null || r.end_reason === undefined ? null : (String(r.end_reason) as SupplementEndReason),
    registeredBy: { organisationType: Number(r.org_type), organisationCode: String(r.org_code) },
    registeredAt: String(r.registered_at),
  };
}

/** The citizen's supplements, oldest event date first. */
export async function supplementsOf(q: Queryable, cpr: string): Promise<ActivitySupplement[]> {
  const rows = (await q('activity_supplement').where({ cpr }).orderBy(['event_date', 'id'])) as Row[];
  return rows.map(supplementFromRow);
}

export async function insertSupplement(q: Transaction, s: ActivitySupplement): Promise<void> {
  await q('activity_supplement').insert({
    id: s.id,
    cpr: s.cpr,
    event_date: s.eventDate,
    end_date: s.endDate,
    end_reason: s.endReason,
    org_type: s.registeredBy.organisationType,
    org_code: s.registeredBy.organisationCode,
    registered_at: s.registeredAt,
  });
}

export async function endSupplement(
  q: Transaction,
  id: string,
  endDate: IsoDate,
  endReason: SupplementEndReason,
): Promise<void> {
  await q('activity_supplement').where({ id }).update({ end_date: endDate, end_reason: endReason });
}

/** The citizens with an open supplement: the ones R-BAT-05 looks at. */
export async function cprsWithOpenSupplement(q: Queryable): Promise<string[]> {
  const rows = (await q('activity_supplement').distinct('cpr').whereNull('end_date').orderBy('cpr')) as Row[];
  return rows.map((r) => String(r.cpr));
}

/** The citizens born on or before `bornBy` with an open contact group of `groups` (R-BAT-06's candidates). */
export async function cprsInGroupsBornBy(q: Queryable, groups: readonly number[], bornBy: IsoDate): Promise<string[]> {
  const rows = (await q('contact_group as g')
    .join('person as p', 'p.cpr', 'g.cpr')
    .distinct('g.cpr')
    .whereNull('g.end_date')
    .whereIn('g.contact_group', groups)
    .where('p.birth_date', '<=', bornBy)
    .orderBy('g.cpr')) as Row[];
  return rows.map((r) => String(r.cpr));
}

export async function insertPlanInactivation(
  q: Transaction,
  row: { id: string; cpr: string; inactivatedOn: IsoDate; ruleId: string },
): Promise<void> {
  await q('plan_inactivation').insert({
    id: row.id,
    cpr: row.cpr,
    inactivated_on: row.inactivatedOn,
    rule_id: row.ruleId,
  });
}

/** The day DFDG last inactivated the citizen's Min plan, or null. */
export async function planInactivatedOn(q: Queryable, cpr: string): Promise<IsoDate | null> {
  const row = (await q('plan_inactivation').where({ cpr }).max('inactivated_on as d').first()) as Row | undefined;
  return row?.d === null || row?.d === undefined ? null : String(row.d);
}

/** Sickness absences that ended before `date` and are not decided yet (the recovery batch's work), by citizen. */
export async function undecidedRecoveries(q: Queryable, date: IsoDate): Promise<{ cpr: string; absenceId: string }[]> {
  const rows = (await q('absence as a')
    .leftJoin('recovery_decision as d', 'd.absence_id', 'a.id')
    .select('a.cpr', 'a.id')
    .where('a.absence_type', AbsenceTypes.SygdomSygemelding)
    .whereNotNull('a.end_date')
    .where('a.end_date', '<', date)
    .whereNull('a.deleted_on')
    .whereNull('d.absence_id')
    .orderBy(['a.cpr', 'a.start_date'])) as Row[];
  return rows.map((r) => ({ cpr: String(r.cpr), absenceId: String(r.id) }));
}

export async function insertRecoveryDecision(
  q: Transaction,
  row: { absenceId: string; cpr: string; recoveryDate: IsoDate; decidedOn: IsoDate; decision: string },
): Promise<void> {
  await q('recovery_decision').insert({
    absence_id: row.absenceId,
    cpr: row.cpr,
    recovery_date: row.recoveryDate,
    decided_on: row.decidedOn,
    decision: row.decision,
  });
}

export async function recoveryDecisionOf(q: Queryable, absenceId: string): Promise<string | null> {
  const row = (await q('recovery_decision').where({ absence_id: absenceId }).first()) as Row | undefined;
  return row ? String(row.decision) : null;
}

/** A sickness the benefit system reported (IllnessRecoveryInformationService), by its NemRefusionIdentifier. */
export interface IllnessReportRow {
  reportId: string;
  cpr: string;
  absenceId: string;
  /** The citizen's contact group the day before the first sick day. */
  groupBefore: number | null;
  /** The contact group DFDG placed the citizen in for the sickness (24 or 25). */
  sickGroup: number;
  recoveryDate: IsoDate | null;
}

export async function findIllnessReport(q: Queryable, reportId: string): Promise<IllnessReportRow | null> {
  const r = (await q('illness_report').where({ report_id: reportId }).first()) as Row | undefined;
  if (!r) return null;
  return {
    reportId: String(r.report_id),
    cpr: String(r.cpr),
    absenceId: String(r.absence_id),
    groupBefore: r.group_before === null || r.group_before === undefined ? null : Number(r.group_before),
    sickGroup: Number(r.sick_group),
    recoveryDate: r.recovery_date === null || r.recovery_date === undefined ? null : String(r.recovery_date),
  };
}

export async function insertIllnessReport(q: Transaction, r: IllnessReportRow): Promise<void> {
  await q('illness_report').insert({
    report_id: r.reportId,
    cpr: r.cpr,
    absence_id: r.absenceId,
    group_before: r.groupBefore,
    sick_group: r.sickGroup,
    recovery_date: r.recoveryDate,
  });
}

export async function setIllnessRecovery(q: Transaction, reportId: string, recoveryDate: IsoDate): Promise<void> {
  await q('illness_report').where({ report_id: reportId }).update({ recovery_date: recoveryDate });
}
