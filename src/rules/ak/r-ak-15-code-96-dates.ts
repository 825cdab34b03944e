// R-AK-15 — 004 §5.1 (release 2022-1): on code 96, DateField1 is the quarantine's start and DateField2 its expiry,
// 3 months after the start. Best reading: refused if date 2 ≠ date 1 + 3 months (a missing date is already
// 1014: the page gives both date fields as required, conventions.md §8.1 [F]). Other codes' date fields are not
// checked (their meaning is not in the sources).
import { addMonths } from '../../domain/dates.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { AvailabilityAssessmentCode } from './r-ak-14-quarantine-code-96.ts';
import type { AssessmentCommand } from './sanction-command.ts';

export const QUARANTINE_EXPIRY_MONTHS = 3;

export const code96Dates: ValidationRule<AssessmentCommand> = {
  id: 'R-AK-15',
  title: 'Code 96: DateField1 = quarantine start, DateField2 = start + 3 months',
  source: '004 §5.1',
  validFrom: '2022-03-14',
  validTo: null,
  evaluate(c) {
    if (c.assessmentType !== AvailabilityAssessmentCode.QuarantineMissingJobSearch) return null;
    const expiry = addMonths(c.dateField1, QUARANTINE_EXPIRY_MONTHS);
    if (c.dateField2 === expiry) return null;
    return violation(
      this,
      'QuarantineDatesInvalid',
      `code 96: DateField2 ${c.dateField2} is not DateField1 ${c.dateField1} + 3 months (${expiry})`,
    );
  },
};
