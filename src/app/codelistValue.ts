// Codelist-typed request values must be known (2002) and valid on the business date (2003).
import { codeList, type CodeListName } from '../domain/codelists.ts';
import type { IsoDate } from '../domain/types.ts';
import { fault, type FaultName } from '../faults/catalogue.ts';

/** `unknown` names the fault for an unknown value where a service documents its own (4709 for a samtaletype, say). */
export function requireCodeListValue(
  list: CodeListName,
  id: number,
  businessDate: IsoDate,
  element: string,
  unknown: FaultName = 'InvalidCodeListValue',
): void {
  const validity = codeList(list).validity(id, businessDate);
  if (validity === 'expired')
    throw fault('ExpiredCodeListValue', `${element} ${id} (${list}) is not valid after its end date`);
  if (validity !== 'valid') throw fault(unknown, `${element} ${id} is not a valid ${list} value on ${businessDate}`);
}
