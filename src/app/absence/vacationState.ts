// Jobnet's question before a citizen registers a holiday (JobnetVacationService.GetVacationState,
// visitation-absence.md §2.5, D-152): may they register a new absence 10 'Ferie med feriepenge, feriedagpenge
// mv.' now, for how long, which periods Jobnet must block, and their holidays so far. Jobnet names the citizen by
// CV customer number (4400 unknown). A citizen may register a holiday while enrolled as a jobseeker on the
// business date; the blocked periods are the citizen's active absences not yet ended (other than 75, the
// a-kasse's contact process, which is no absence from the labour market), since a holiday cannot lie in time the
// citizen is already away for another reason or on holiday.
import { AbsenceTypes, type Absence, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { enrolledOn } from '../../rules/index.ts';
import { absencesOf } from '../../domain/citizenAbsences.ts';

/** The longest holiday Jobnet lets a citizen register in one go, in days: five weeks, a year's holiday (D-152). */
export const VACATION_MAX_DAYS = 35;

export interface VacationState {
  allowed: boolean;
  /** Present when a new holiday is allowed. */
  restrictions: { maxDays: number; endDateRequired: boolean; blocked: Absence[] } | null;
  /** The citizen's holidays (absence 10), oldest first. */
  holidays: Absence[];
}

/** The citizen's vacation state on `date` (the business date). */
export function vacationState(citizen: CitizenState, date: IsoDate): VacationState {
  const active = absencesOf(citizen, 'all').filter((a) => a.active);
  const allowed = citizen.enrollments.some((e) => enrolledOn(e, date));
  const blocked = active.filter(
    (a) => a.absenceType !== AbsenceTypes.KontaktforloebHosAkassen && (a.endDate === null || a.endDate >= date),
  );
  return {
    allowed,
    restrictions: allowed ? { maxDays: VACATION_MAX_DAYS, endDateRequired: true, blocked } : null,
    holidays: active.filter((a) => a.absenceType === AbsenceTypes.Ferie),
  };
}
