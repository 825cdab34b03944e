// The citizens the integration tests use. Jobcentre 10100 (municipality 101), a-kasse 81; the second
// jobcentre 20100 and a-kasse 99 are the "other" authorities.
export const CPR = {
  member: '0101901234', // a-kasse 81 member, jobcentre 10100, dagpengemodtager
  sick: '0202902345', // contact group 24
  noAkasse: '0303903456', // not a member of any a-kasse
  otherJobcenter: '0404904567', // jobcentre 20100, a-kasse 99
  deceased: '0505905678',
  unknown: '0606906789',
  transition: '0707907890', // dagpengemodtager continuously since 1 Nov 2023
  reRegistered: '0808908901', // transition group, deregistered for work on 20 Jan 2024
  counter340: '0909909012', // part-time insured, 340 hours consumed
  counter100: '1010901123', // part-time insured, 100 hours consumed
} as const;

export const baseScenario = `
persons:
  - cpr: "${CPR.member}"
    birthDate: 1990-01-01
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2023-06-01, endDate: null }]
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
  - cpr: "${CPR.sick}"
    birthDate: 1990-02-02
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 24, startDate: 2022-03-01, endDate: null }]
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
  - cpr: "${CPR.noAkasse}"
    birthDate: 1990-03-03
    jobcenterCode: "10100"
  - cpr: "${CPR.otherJobcenter}"
    birthDate: 1990-04-04
    jobcenterCode: "20100"
    memberships: [{ akasseCode: "99", startDate: 2015-01-01, endDate: null }]
  - cpr: "${CPR.deceased}"
    birthDate: 1990-05-05
    jobcenterCode: "10100"
    deceasedDate: 2023-12-01
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
  - cpr: "${CPR.transition}"
    birthDate: 1990-07-07
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    contactGroups: [{ contactGroup: 1, startDate: 2023-11-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2023-11-01, endDate: null, endReason: null }]
  - cpr: "${CPR.reRegistered}"
    birthDate: 1990-08-08
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    enrollments: [{ clientCategory: 1, enrollmentDate: 2023-11-01, endDate: 2024-01-20, endReason: 1 }]
    benefitsAccount: { akasseCode: "81", insuranceType: 1, gradingDate: 2023-11-01, offsetHours: 0.01, consumedHours: 200, referencePeriodEndDate: 2026-11-01, missingHoursForRegrading: 0, calculationDate: 2024-02-20 }
  - cpr: "${CPR.counter340}"
    birthDate: 1990-09-09
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    benefitsAccount: { akasseCode: "81", insuranceType: 2, gradingDate: 2023-06-01, offsetHours: 0.01, consumedHours: 340, referencePeriodEndDate: 2026-06-01, missingHoursForRegrading: 100, calculationDate: 2024-01-10 }
  - cpr: "${CPR.counter100}"
    birthDate: 1990-10-10
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
    benefitsAccount: { akasseCode: "81", insuranceType: 2, gradingDate: 2023-06-01, offsetHours: 0.01, consumedHours: 100, referencePeriodEndDate: 2026-06-01, missingHoursForRegrading: 0, calculationDate: 2024-01-10 }
`;
