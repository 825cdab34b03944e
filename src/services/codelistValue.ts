// Codelist-typed request values must be known (2002) and valid on the business date (2003).
import { codeList, type CodeListName } from '../domain/codelists.ts';
import type { IsoDate } from '../domain/types.ts';
import { fault } from '../faults/catalogue.ts';

export function requireCodeListValue(list: CodeListName, id: number, businessDate: IsoDate, element: string): void {
  const validity = codeList(list).validity(id, businessDate);
  if (validity === 'expired') throw fault('ExpiredCodeListValue', `${element} ${id} (${list}) is not valid after its end date`);
  if (validity !== 'valid') throw fault('InvalidCodeListValue', `${element} ${id} is not a valid ${list} value on ${businessDate}`);
}
