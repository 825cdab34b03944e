// R-OTH-10 — 001 N0, N5 (release 2021-1; the pilot ends in December 2022): in the participating jobcentres' areas
// (Aarhus, Vordingborg, Vallensbæk/Ishøj, Frederikshavn, Aabenraa, Jammerbugt, Thisted, Horsens) the target group —
// dagpenge recipients (contact group 1) and job-ready cash-benefit recipients (contact group 2 with person category
// 4 'Jobparat', as STAR's CV requirement matrix numbers it) — gets the preparation form's variant with an intro text
// and 2 questions on functional impairment and need for compensation; nobody else does (D-281). Answers to the two
// questions from anyone else are refused (5327, the facade's code).
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { openCategoryOn } from '../bat/r-bat-01-move-resets-category.ts';
import { contactGroupOn } from '../citizen-on-date.ts';
import { violation, type ValidationRule } from '../engine.ts';

/** The municipality codes of the participating jobcentres (Vallensbæk and Ishøj share one). */
export const SCREENING_MUNICIPALITIES: ReadonlySet<string> = new Set([
  '751', // Aarhus
  '390', // Vordingborg
  '187', // Vallensbæk
  '183', // Ishøj
  '813', // Frederikshavn
  '580', // Aabenraa
  '849', // Jammerbugt
  '787', // Thisted
  '615', // Horsens
]);

const JOB_READY_CATEGORY = 4;

/** Whether the citizen is in the pilot's target group on `date` (period apart). */
export function inScreeningTargetGroup(citizen: CitizenState, date: IsoDate): boolean {
  if (!SCREENING_MUNICIPALITIES.has(citizen.person.municipalityCode)) return false;
  const group = contactGroupOn(citizen, date);
  if (group === 1) return true;
  return group === 2 && openCategoryOn(citizen, date)?.category === JOB_READY_CATEGORY;
}

/** The pilot's period: from release 2021-1 to the end of December 2022 (closed-open). */
export const SCREENING_PILOT = { from: '2021-03-15', to: '2023-01-01' } as const;

/** Whether the citizen is shown the screening variant of the form on `date`. */
export function screeningShown(citizen: CitizenState, date: IsoDate): boolean {
  return date >= SCREENING_PILOT.from && date < SCREENING_PILOT.to && inScreeningTargetGroup(citizen, date);
}

export const screeningPilotTargetGroup: ValidationRule<{ citizen: CitizenState; answered: boolean }> = {
  id: 'R-OTH-10',
  title: 'The digital screening pilot is shown only to its target group in the participating municipalities',
  source: '001 N0, N5',
  validFrom: null,
  validTo: null,
  evaluate({ citizen, answered }, businessDate) {
    if (!answered || screeningShown(citizen, businessDate)) return null;
    return violation(
      this,
      'ScreeningNotOffered',
      `municipality ${citizen.person.municipalityCode} on ${businessDate}: not in the pilot's target group`,
    );
  },
};
