// The citizens every benchmark's facade holds (SQLite in bench/servers/facade.ts, PostgreSQL in bench/postgres.ts):
// the GetPersonExempts citizen of jobcentre 10100 with an active absence 11, and, for the writes, `citizens`
// enrolled dagpenge recipients of the same jobcentre in contact group 1 without absence 75 (CPRs 0101900000 + i),
// whom CreateIndkaldelse may summon (4367 for one not enrolled) and CreateAbsence may register absences for.

/** Must match the CPR in bench/getPersonExempts.lua. */
export const BENCH_CPR = '1503851234';
/** The business date every benchmark's facade runs on (the Lua scripts' dates are after it). */
export const BUSINESS_DATE = '2025-03-03';

/** The scenario (YAML, src/cli/scenario.ts) with `citizens` write citizens. */
export function benchScenario(citizens: number): string {
  const writers = Array.from({ length: citizens }, (_, i) => {
    const cpr = String(101900000 + i).padStart(10, '0');
    return `  - { cpr: "${cpr}", birthDate: 1990-01-01, jobcenterCode: "10100", contactGroups: [{ contactGroup: 1, startDate: 2024-06-01 }], enrollments: [{ clientCategory: 1, enrollmentDate: 2024-06-01 }] }`;
  });
  return `
persons:
  - cpr: "${BENCH_CPR}"
    birthDate: 1985-03-15
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2024-06-01, endDate: null }]
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    absences:
      - { absenceType: 11, startDate: 2025-03-01, endDate: null, active: true }
${writers.join('\n')}`;
}

/** How many write citizens a benchmark's facade needs (the Lua scripts pick among BENCH_CITIZENS). */
export const writeCitizens = (bench: string): number =>
  bench === 'getPersonExempts' ? 0 : Number(process.env.BENCH_CITIZENS ?? 1000);
