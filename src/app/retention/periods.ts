// The periods of the retention rules, counted in whole calendar months (a year is 12) from a start date: a row
// whose period from `start` is N months is due on the date N months after `start` (the same day of the month,
// the month's last day where it has fewer days: 31 Aug + 6 months = 28/29 Feb) and on every later date. The
// engine asks on a business date `today`; a policy selects the rows whose start lies on or before
// `lastStartDue(today, N)`, so its SQL compares one column with one date (a plain string comparison).
import { addDays, addMonths } from '../../domain/dates.ts';
import type { IsoDate } from '../../domain/types.ts';

/** The date `months` after `start`: the first business date its row is due on. */
export const dueDate = (start: IsoDate, months: number): IsoDate => addMonths(start, months);

/**
 * The latest start date whose period of `months` has run out on `today`: `dueDate(start, months) <= today`
 * exactly when `start <= lastStartDue(today, months)`. On a month's last day every start of the month `months`
 * earlier is due (31 Aug + 6 months is 28 Feb in a common year).
 */
export function lastStartDue(today: IsoDate, months: number): IsoDate {
  const back = addMonths(today, -months);
  const isMonthEnd = addDays(today, 1).slice(5, 7) !== today.slice(5, 7);
  return isMonthEnd ? lastDayOfMonth(back) : back;
}

function lastDayOfMonth(date: IsoDate): IsoDate {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
}
