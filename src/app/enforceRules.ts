// Where the rules meet the wire: the first violation among the rules in force becomes the DFDG fault it names,
// with the refusing rule's id in the fault detail (and on the fault, for the request's log line and metrics).
import { DfdgFault } from '../faults/catalogue.ts';
import { firstViolation, type ValidationRule, type Violation } from '../rules/index.ts';
import type { IsoDate } from '../domain/types.ts';

export const asFault = (v: Violation): DfdgFault => new DfdgFault(v.fault, [`${v.ruleId}: ${v.message}`], v.ruleId);

/** Throws the fault of the first rule in force that `input` violates. */
export function enforceRules<I>(rules: readonly ValidationRule<I>[], input: I, businessDate: IsoDate): void {
  const refusal = firstViolation(rules, input, businessDate);
  if (refusal) throw asFault(refusal);
}
