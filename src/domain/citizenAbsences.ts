// Reading a citizen's absences from a state that may hold only some of them. A write declares the absence types
// its rules read (src/services/operation.ts `absenceTypes`) and loads only those, so its cost does not grow with
// the citizen's history; every reader of `CitizenState.absences` asks here for the types it needs, and a state
// loaded without them is a programming error, never a silently shorter list.
import type { Absence, CitizenState } from './types.ts';

/** Thrown when code reads absences its state was not loaded with (a missing `absenceTypes` declaration). */
export class AbsencesNotLoaded extends Error {
  constructor(wanted: ReadonlySet<number> | 'all', loaded: ReadonlySet<number>) {
    super(
      `the citizen's absences ${wanted === 'all' ? 'of every type' : `of types ${[...wanted].join(', ')}`} were ` +
        `read from a state loaded with types ${[...loaded].join(', ')} only: declare them in the operation's absenceTypes`,
    );
  }
}

/** The citizen's absences of `types` (or all, `'all'`), in the state's order. */
export function absencesOf(state: CitizenState, types: ReadonlySet<number> | 'all'): Absence[] {
  const loaded = state.absenceTypes;
  if (types === 'all') {
    if (loaded) throw new AbsencesNotLoaded(types, loaded);
    return state.absences;
  }
  if (loaded) for (const t of types) if (!loaded.has(t)) throw new AbsencesNotLoaded(types, loaded);
  return state.absences.filter((a) => types.has(a.absenceType));
}
