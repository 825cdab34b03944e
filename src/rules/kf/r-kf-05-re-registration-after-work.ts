// R-KF-05 — 000 §1.2: "Hvis en dagpengemodtager, som er ledig hen over den 1. januar 2024 efterfølgende
// afmeldes grundet arbejde og senere bliver ledig igen efter den 1. januar 2024 er dagpengemodtageren
// omfattet af de nye regler" and gets absence 75 automatically on re-registration.
import { within } from '../../domain/dates.ts';
import { CancellationReason, type CitizenState, type IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';

export const NEW_RULES_FROM: IsoDate = '2024-01-01';

export const reRegistrationAfterWork: RuleMeta = {
  id: 'R-KF-05',
  title: 'A transition-group citizen deregistered for work after 1 Jan 2024 falls under the new rules',
  source: '000 §1.2',
  validFrom: NEW_RULES_FROM,
  validTo: null,
};

/** True when an enrollment was cancelled because of work with an end date in [1 Jan 2024, date]. */
export function deregisteredForWorkSinceNewRules(state: CitizenState, date: IsoDate): boolean {
  return state.enrollments.some(
    (e) => e.endReason === CancellationReason.Arbejde && e.endDate !== null && within(e.endDate, NEW_RULES_FROM, date),
  );
}
