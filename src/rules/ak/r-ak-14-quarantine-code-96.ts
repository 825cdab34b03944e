// R-AK-14 — 004 §5.1 (release 2022-1; the law expected from 1 Apr 2022, a temporary sanction for 2022 and 2023,
// when an availability interview finds a dagpenge recipient not available, the a-kasse reports the
// assessment with code 51 or the new code 96 'Karantæne – 3 ugers karantæne for manglende jobsøgning' (3 weeks,
// 111 hours of quarantine for not searching and registering jobs a whole calendar month). Code 96 is reported as
// a stand-alone assessment (fritflyver) and, exceptionally, as an answer to a NUPH: both are accepted. The codes
// are codelists/availability-assessment-types.json (C-14); 96 is valid from release 2022-1 and kept after 2023.
import type { RuleMeta } from '../engine.ts';

export const quarantineCode96: RuleMeta = {
  id: 'R-AK-14',
  title: 'Availability assessment code 96: quarantine for missing job search, as fritflyver or NUPH answer',
  source: '004 §5.1',
  validFrom: '2022-03-14',
  validTo: null,
};

export const AvailabilityAssessmentCode = { NotAvailable: 51, QuarantineMissingJobSearch: 96 } as const;
