// The citizens of the plan tests (PlanService, issue 14): responsibility by absence 75 and contact group.
// Business date 4 March 2024. Jobcentre 10100 and a-kasse 81 are the citizens' own; 20100 and 99 others.
export const PL = {
  akassePeriod: '0303851213', // dagpenge from 8 Jan 2024, contact group 1, absence 75 from 8 Jan to 15 Apr 2024
  sick: '0404851214', // as akassePeriod, but contact group 25 since 1 Feb 2024 (absence 75 still open)
  history: '0505851215', // contact group 2 until 14 Feb 2024, then 8; absence 75 never
  youth: '0606851216', // contact group 12 (uddannelseshjælp)
  flexjob: '0707851217', // contact group 7
  jobafklaring: '0808851218', // contact group 13
  noGroup: '0909851219', // member, dagpenge, no contact group
  open75: '1010851220', // dagpenge from 8 Jan 2024, contact group 1, absence 75 ABSENCE_75_OPEN from 8 Jan, open
} as const;

const person = (cpr: string, extra: string) => `
  - cpr: "${cpr}"
    birthDate: 2001-01-01
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2024-01-08, endDate: null, endReason: null }]
${extra}`;
const group = (g: number, from = '2024-01-08') =>
  `    contactGroups: [{ contactGroup: ${g}, startDate: ${from}, endDate: null }]`;
const absence75 = `    absences: [{ absenceType: 75, startDate: 2024-01-08, endDate: 2024-04-15, endReason: 41, createdByDfdg: true }]`;

export const ABSENCE_75_OPEN = '3f2504e0-4f89-41d3-9a0c-000000007520';

export const planScenario = `
persons:
${person(PL.akassePeriod, `${group(1)}\n${absence75}`)}
${person(
  PL.sick,
  `    contactGroups: [{ contactGroup: 1, startDate: 2024-01-08, endDate: 2024-01-31 }, { contactGroup: 25, startDate: 2024-02-01, endDate: null }]\n${absence75}`,
)}
${person(
  PL.history,
  `    contactGroups: [{ contactGroup: 2, startDate: 2024-01-08, endDate: 2024-02-14 }, { contactGroup: 8, startDate: 2024-02-15, endDate: null }]`,
)}
${person(PL.youth, group(12))}
${person(PL.flexjob, group(7))}
${person(PL.jobafklaring, group(13))}
${person(PL.noGroup, '')}
${person(
  PL.open75,
  `${group(1)}\n    absences: [{ id: ${ABSENCE_75_OPEN}, absenceType: 75, startDate: 2024-01-08, createdByDfdg: true }]`,
)}
`;

export const TOEMRER = {
  ConceptUriDa: 'http://data.star.dk/esco/occupation/0e2c0a6e-2a4f-4b1d-9c3e-1f0a2b3c4d04',
  JobGoalTitle: 'Tømrer',
};
