// The preparation forms and the digital screening's results (040_preparation_form), and the counts and deletions
// of their retention policies (R-DEL-03, R-DEL-10…12).
import type { Knex } from 'knex';
import type { IsoDate } from '../domain/types.ts';
import { countRows, type Queryable, type Transaction } from './queryable.ts';
import { deleteInSlices, deleteSome, keysOfSome } from './batchDelete.ts';

type Row = Record<string, unknown>;
const orNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export interface FormAnswer {
  question: number;
  answer: string;
}

export interface PreparationForm {
  id: string;
  cpr: string;
  contactGroup: number;
  startedOn: IsoDate;
  submittedOn: IsoDate | null;
  answers: FormAnswer[];
  /** The risk of long-term unemployment, for a form submitted before release 2022-1 (R-OTH-09). */
  statisticalPart: { risk: 'Lav' | 'Middel' | 'Hoej' } | null;
  inRehabilitation: boolean;
}

export interface ScreeningResult {
  id: string;
  cpr: string;
  formId: string;
  municipalityCode: string;
  submittedOn: IsoDate;
  impairmentAnswer: string;
  compensationAnswer: string;
}

function formFromRow(r: Row): PreparationForm {
  const part = orNull(r.statistical_part);
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    contactGroup: Number(r.contact_group),
    startedOn: String(r.started_on),
    submittedOn: orNull(r.submitted_on),
    answers: JSON.parse(String(r.answers)) as FormAnswer[],
    statisticalPart: part === null ? null : (JSON.parse(part) as PreparationForm['statisticalPart']),
    inRehabilitation: Boolean(r.in_rehabilitation),
  };
}

const formRow = (f: PreparationForm): Row => ({
  id: f.id,
  cpr: f.cpr,
  contact_group: f.contactGroup,
  started_on: f.startedOn,
  submitted_on: f.submittedOn,
  answers: JSON.stringify(f.answers),
  statistical_part: f.statisticalPart === null ? null : JSON.stringify(f.statisticalPart),
  in_rehabilitation: f.inRehabilitation,
});

/** The citizen's forms, oldest start first. */
export async function formsOf(q: Queryable, cpr: string): Promise<PreparationForm[]> {
  const rows = (await q('preparation_form').where({ cpr }).orderBy(['started_on', 'id'])) as Row[];
  return rows.map(formFromRow);
}

export async function insertForm(q: Transaction, f: PreparationForm): Promise<void> {
  await q('preparation_form').insert(formRow(f));
}

export async function updateForm(q: Transaction, f: PreparationForm): Promise<void> {
  const { id: _id, ...rest } = formRow(f);
  await q('preparation_form').where({ id: f.id }).update(rest);
}

export async function insertScreening(q: Transaction, s: ScreeningResult): Promise<void> {
  await q('screening_result').insert({
    id: s.id,
    cpr: s.cpr,
    form_id: s.formId,
    municipality_code: s.municipalityCode,
    submitted_on: s.submittedOn,
    answers: JSON.stringify({ impairment: s.impairmentAnswer, compensation: s.compensationAnswer }),
  });
}

/** The citizen's screening results, oldest first. */
export async function screeningsOf(q: Queryable, cpr: string): Promise<ScreeningResult[]> {
  const rows = (await q('screening_result').where({ cpr }).orderBy(['submitted_on', 'id'])) as Row[];
  return rows.map((r) => {
    const a = JSON.parse(String(r.answers)) as { impairment: string; compensation: string };
    return {
      id: String(r.id),
      cpr: String(r.cpr),
      formId: String(r.form_id),
      municipalityCode: String(r.municipality_code),
      submittedOn: String(r.submitted_on),
      impairmentAnswer: a.impairment,
      compensationAnswer: a.compensation,
    };
  });
}

// ---- retention ---------------------------------------------------------------------------------------------------

const screeningsDue = (q: Queryable, submittedBy: IsoDate) =>
  q('screening_result').where('submitted_on', '<=', submittedBy);

export const countScreeningsDue = (q: Queryable, submittedBy: IsoDate): Promise<number> =>
  countRows(screeningsDue(q, submittedBy));
export const deleteScreeningsDue = (trx: Transaction, submittedBy: IsoDate, limit?: number): Promise<number> =>
  deleteSome(trx, 'screening_result', 'id', screeningsDue(trx, submittedBy), limit);

/** Submitted forms of citizens not in rehabilitation whose `column` lies on or before `by` (R-DEL-10). */
const submittedDue = (q: Queryable, column: 'submitted_on' | 'started_on', by: IsoDate) =>
  q('preparation_form').whereNotNull('submitted_on').where({ in_rehabilitation: false }).where(column, '<=', by);

export const countSubmittedFormsDue = (q: Queryable, column: 'submitted_on' | 'started_on', by: IsoDate) =>
  countRows(submittedDue(q, column, by));
export async function deleteSubmittedFormsDue(
  trx: Transaction,
  column: 'submitted_on' | 'started_on',
  by: IsoDate,
  limit?: number,
): Promise<number> {
  return deleteForms(trx, submittedDue(trx, column, by), limit);
}

/** Unfinished forms of citizens not in rehabilitation started on or before `by`, whose citizen is not enrolled on
 *  `today` (an enrollment covers [enrollment_date, end_date), R-DEL-11). */
const unfinishedDue = (q: Queryable, by: IsoDate, today: IsoDate) =>
  q('preparation_form')
    .whereNull('submitted_on')
    .where({ in_rehabilitation: false })
    .where('started_on', '<=', by)
    .whereNotExists(
      q('enrollment as e')
        .select('e.id')
        .whereRaw('e.cpr = preparation_form.cpr')
        .where('e.enrollment_date', '<=', today)
        .where((b) => b.whereNull('e.end_date').orWhere('e.end_date', '>', today)),
    );

export const countUnfinishedFormsDue = (q: Queryable, by: IsoDate, today: IsoDate) =>
  countRows(unfinishedDue(q, by, today));
export const deleteUnfinishedFormsDue = (trx: Transaction, by: IsoDate, today: IsoDate, limit?: number) =>
  deleteForms(trx, unfinishedDue(trx, by, today), limit);

/** Forms of citizens in rehabilitation whose submission (or, unfinished, start) lies on or before `by` (R-DEL-12). */
const rehabilitationDue = (q: Queryable, by: IsoDate) =>
  q('preparation_form')
    .where({ in_rehabilitation: true })
    .where((b) =>
      b
        .where((s) => s.whereNotNull('submitted_on').where('submitted_on', '<=', by))
        .orWhere((u) => u.whereNull('submitted_on').where('started_on', '<=', by)),
    );

export const countRehabilitationFormsDue = (q: Queryable, by: IsoDate) => countRows(rehabilitationDue(q, by));
export const deleteRehabilitationFormsDue = (trx: Transaction, by: IsoDate, limit?: number) =>
  deleteForms(trx, rehabilitationDue(trx, by), limit);

/** Deletes the forms the query selects (at most `limit`, a batch of the deletion engine), with their screening
 *  results (a result never outlives its form). */
async function deleteForms(trx: Transaction, selected: Knex.QueryBuilder, limit?: number): Promise<number> {
  const ids = await keysOfSome(selected, 'preparation_form.id', limit);
  return deleteInSlices(ids, async (some) => {
    await trx('screening_result').whereIn('form_id', some).del();
    return Number(await trx('preparation_form').whereIn('id', some).del());
  });
}
