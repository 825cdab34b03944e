// The rule engine: every business rule of release-rules.md is a small registered unit with its id,
// its source in the release notes and the period in which it is in force. Rules are pure: they read
// the state they are given and the business date, never a clock or the database.
import type { IsoDate } from '../domain/types.ts';
import type { FaultName } from '../faults/catalogue.ts';

export interface RuleMeta {
  /** Id in ../shared/contracts/release-rules.md, e.g. 'R-KF-11'. */
  id: string;
  title: string;
  /** Seed section(s), e.g. '000 §2.2; 002 N2'. */
  source: string;
  /** First business date the rule applies (inclusive); null = always. */
  validFrom: IsoDate | null;
  /** First business date the rule no longer applies (closed-open); null = still in force. */
  validTo: IsoDate | null;
}

/** A rule that may refuse a command: returns null when satisfied, a violation when not. */
export interface ValidationRule<I> extends RuleMeta {
  evaluate(input: I, businessDate: IsoDate): Violation | null;
}

export interface Violation {
  ruleId: string;
  fault: FaultName;
  message: string;
}

export function inForce(rule: RuleMeta, businessDate: IsoDate): boolean {
  return (
    (rule.validFrom === null || businessDate >= rule.validFrom) &&
    (rule.validTo === null || businessDate < rule.validTo)
  );
}

/** The first violation among the rules in force on the business date, in declaration order. */
export function firstViolation<I>(
  rules: readonly ValidationRule<I>[],
  input: I,
  businessDate: IsoDate,
): Violation | null {
  for (const rule of rules) {
    if (!inForce(rule, businessDate)) continue;
    const violation = rule.evaluate(input, businessDate);
    if (violation) return violation;
  }
  return null;
}

export function violation(rule: RuleMeta, fault: FaultName, message: string): Violation {
  return { ruleId: rule.id, fault, message };
}

/**
 * What DFDG derives by itself under a rule (automatic cancellations, notices, removals) applies only while the rule
 * is in force: `derive()` on a business date in its period, `otherwise` before its validFrom and from its validTo.
 * The one place code outside src/rules asks for a rule's period.
 */
export function whileInForce<T>(rule: RuleMeta, businessDate: IsoDate, otherwise: T, derive: () => T): T {
  return inForce(rule, businessDate) ? derive() : otherwise;
}
