// Systematic referral programmes (035_referral_programmes): written by scenarios, read back, counted and deleted
// by R-DEL-01.
import type { ReferralProgramme } from '../domain/referralProgramme.ts';
import type { IsoDate } from '../domain/types.ts';
import { countRows, type Queryable, type Transaction } from './queryable.ts';
import { deleteSome } from './batchDelete.ts';

/** The citizen's programmes, oldest first. */
export async function referralProgrammesOf(q: Queryable, cpr: string): Promise<ReferralProgramme[]> {
  const rows = (await q('referral_programme').where({ cpr }).orderBy(['start_date', 'id'])) as Record<
    string,
    unknown
  >[];
  return rows.map((r) => ({
    id: String(r.id),
    cpr,
    startDate: String(r.start_date),
    endDate: r.end_date === null || r.end_date === undefined ? null : String(r.end_date),
  }));
}

export async function insertReferralProgramme(trx: Transaction, p: ReferralProgramme): Promise<void> {
  await trx('referral_programme').insert({ id: p.id, cpr: p.cpr, start_date: p.startDate, end_date: p.endDate });
}

/** The programmes that ended on or before `lastEnd`, those without an end counting as ended on `unrecordedEnd`. */
function endedOnOrBefore(q: Queryable, lastEnd: IsoDate, unrecordedEnd: IsoDate) {
  return q('referral_programme').where((w) => {
    w.where('end_date', '<=', lastEnd);
    if (unrecordedEnd <= lastEnd) w.orWhereNull('end_date');
  });
}

export function countReferralProgrammesEnded(q: Queryable, lastEnd: IsoDate, unrecordedEnd: IsoDate): Promise<number> {
  return countRows(endedOnOrBefore(q, lastEnd, unrecordedEnd));
}

export async function deleteReferralProgrammesEnded(
  trx: Transaction,
  lastEnd: IsoDate,
  unrecordedEnd: IsoDate,
  limit?: number,
): Promise<number> {
  return deleteSome(trx, 'referral_programme', 'id', endedOnOrBefore(trx, lastEnd, unrecordedEnd), limit);
}
