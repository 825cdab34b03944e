// The input of every absence validation: one change to one absence of a citizen, and who makes it.
import type { Absence, Actor, CitizenState } from '../domain/types.ts';

export interface AbsenceChange {
  kind: 'create' | 'update' | 'delete' | 'setActive';
  /** The citizen as stored before the change. */
  state: CitizenState;
  before: Absence | null;
  after: Absence | null;
  actor: Actor;
}

/**
 * The absence when the change sets a new ending: `after` carries an end reason, and the reason or the end
 * date differs from `before`'s. End-reason rules look only at these, so an old row that still carries a
 * phased-out reason stays updatable in its other fields, while moving its end date is a new ending.
 */
export function newEnding(change: AbsenceChange): (Absence & { endReason: number }) | null {
  const { before, after } = change;
  if (!after || after.endReason === null) return null;
  if (before && after.endReason === before.endReason && after.endDate === before.endDate) return null;
  return after as Absence & { endReason: number };
}

/** The absence when the change creates it, or moves its start date or changes its type. */
export function newStartOrType(change: AbsenceChange): Absence | null {
  const { kind, before, after } = change;
  if (!after || (kind !== 'create' && kind !== 'update')) return null;
  if (kind === 'update' && before && before.startDate === after.startDate && before.absenceType === after.absenceType)
    return null;
  return after;
}
