// R-DEL-07 — 000 §7.1; 002 N1 (release 2024-1, announced in 2023-4): a sanction is deleted 6 years after the
// earlier of its limitation date (forældelsesdato) and its served date (udståelsesdato); without a served date,
// 6 years after the limitation date. The policy that deletes is src/app/sanction/retention.ts.
import { addMonths } from '../../domain/dates.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';

export const sanctionDeletion: RuleMeta = {
  id: 'R-DEL-07',
  title: 'Sanctions are deleted 6 years after the limitation date, or the served date if that is earlier',
  source: '000 §7.1; 002 N1',
  validFrom: '2024-03-18',
  validTo: null,
};

export const SANCTION_RETENTION_YEARS = 6;

/** The first day a sanction is due for deletion. 29 February plus 6 years is 28 February (addMonths). */
export function sanctionDeletionDate(limitationDate: IsoDate, servedDate: IsoDate | null): IsoDate {
  const basis = servedDate !== null && servedDate < limitationDate ? servedDate : limitationDate;
  return addYears(basis, SANCTION_RETENTION_YEARS);
}

const addYears = (date: IsoDate, years: number): IsoDate => addMonths(date, 12 * years);
