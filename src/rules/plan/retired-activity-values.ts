// The codelist changes of release 2022-1 (R-PLAN-21, 22, 23) share one reading: a value the codelist no longer
// lists as valid on the business date cannot be put on an activity, but an activity that already carries it keeps
// it through its updates ("existing activities … may still be updated").
import { codeList, type CodeListName, type Validity } from '../../domain/codelists.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { ActivityCommand } from './activity-command.ts';

type CodedField = 'healthType' | 'socialType' | 'courseCategory';

/** The value of `field` when the command newly sets it to one whose validity in `list` on `date` is one of
 *  `refused` (an unknown value is left to the codelist check, 2002, unless the rule refuses it itself), else null. */
export function newlyInvalidValue(
  c: ActivityCommand,
  field: CodedField,
  list: CodeListName,
  date: IsoDate,
  refused: readonly Validity[] = ['expired'],
): number | null {
  const value = c.after[field];
  if (value === null || (c.before !== null && c.before[field] === value)) return null;
  return refused.includes(codeList(list).validity(value, date)) ? value : null;
}
