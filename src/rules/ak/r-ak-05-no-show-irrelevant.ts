// R-AK-05 — 000 §7.1; 003 N1 (release 2023-4, 4 Dec 2023): a NUPH about a no-show at an interview is answered
// automatically 'irrelevant' by DFDG when the citizen had an ongoing absence of the exempting set (R-ABS-07) on
// the day of the event. "Ongoing" is R-ABS-06's reading (A-25: bounds inclusive, open end counts; only no-show
// NUPHs): the exemptions are GetPersonExempts' own function, `personExempts`, not a copy.
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { personExempts } from '../abs/r-abs-06-person-exempts.ts';

/** The event codes the rules name (codelists/nuph-events.json, the facade's ids, D-9xx). */
export const NuphEvent = {
  UdeblevetFraSamtale: 1,
  UdeblevetFraTilbud: 2,
  AfvistTilbud: 3,
  OphoertUdenGyldigGrund: 4,
} as const;

/** The answer codes the rules name (codelists/nuph-answers.json). */
export const NuphAnswerCode = { Behandlet: 1, Irrelevant: 2 } as const;

export const noShowIrrelevant: RuleMeta = {
  id: 'R-AK-05',
  title: "A no-show NUPH is answered automatically 'irrelevant' when the citizen was exempt",
  source: '000 §7.1; 003 N1',
  validFrom: '2023-12-04',
  validTo: null,
};

/** The absence types that make DFDG answer the NUPH 'irrelevant' (empty: a normal NUPH). Only no-shows. */
export function irrelevantBecause(state: CitizenState, eventCode: number, eventDate: IsoDate): number[] {
  return eventCode === NuphEvent.UdeblevetFraSamtale ? personExempts(state, eventDate) : [];
}
