// End reasons (afslutningsårsager) for absence 75, codelist C-01 (codelists/absence-end-reasons.json).
// Not to be confused with absence types: the ids overlap.
export const EndReason = {
  PeriodCompleted: 41,
  MunicipalityNotInTrial: 42,
  LeftTrialAkasse: 43,
  EarlyEffortNeeded: 44,
  UddannelsespaalaegTargetGroup: 45,
  NewDagpengeRight: 46,
  LeftInsuranceSystem: 48,
  TransitionRules: 49,
} as const;

/** Every C-01 end reason (47 is not one, A-08). */
export const ABSENCE_75_END_REASONS: ReadonlySet<number> = new Set(Object.values(EndReason));
