// The citizens and authorities of the job-order tests (business date 4 March 2024): jobcentres 10100 and
// 20100, a-kasser 81 (ready for job orders), 99 (ready) and 55 (not ready); company CVR 12345678.
export const JO = {
  member81: '0102851201', // a-kasse 81, jobcentre 10100, unemployed dagpengemodtager
  member99: '0203851202', // a-kasse 99, jobcentre 10100, unemployed
  outsideCitizen: '0304851203', // jobcentre 20100, a-kasse 81
  noContactGroup: '0405851204', // a-kasse 81, enrolled until 1 March 2024, no open contact group
} as const;

export const CVR = '12345678';
export const KRANFOERER = 'http://data.star.dk/esco/occupation/0e2c0a6e-2a4f-4b1d-9c3e-1f0a2b3c4d01';
export const HAVNEKRANFOERER_ALIAS = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a01';

const person = (cpr: string, akasse: string, jobcenter = '10100', extra = '') => `
  - cpr: "${cpr}"
    birthDate: 1985-01-01
    jobcenterCode: "${jobcenter}"
    memberships: [{ akasseCode: "${akasse}", startDate: 2015-01-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2024-01-10, endDate: null, endReason: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10, endDate: null }]
${extra}`;

export const jobOrderScenario = `
jobOrderReadyAkasser: ["81", "99"]
companyJobcentres: [{ cvr: "${CVR}", productionUnit: "1012345678", jobcenterCode: "10100" }]
persons:
${person(JO.member81, '81', '10100', '    cv: { occupations: ["' + KRANFOERER + '"], healthLimitations: ["Kan ikke løfte over 10 kg"] }')}
${person(JO.member99, '99', '10100', '    cv: { occupations: ["' + KRANFOERER + '"], healthLimitations: ["Ingen natarbejde"] }')}
${person(JO.outsideCitizen, '81', '20100')}
`;

/** The same citizens after member81 moved to a-kasse 99 on 1 March 2024 (R-JO-09). */
export const member81MovedTo99 = `
persons:
  - cpr: "${JO.member81}"
    birthDate: 1985-01-01
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: 2024-02-29 }, { akasseCode: "99", startDate: 2024-03-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2024-01-10, endDate: null, endReason: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10, endDate: null }]
`;
