// The citizens of the contact-process tests (business date 4 March 2024). Jobcentre 10100 (municipality
// 101) and a-kasse 81 are "ours"; 20100 and 99 are the other authorities.
export const KP = {
  afterPeriod: '0101851111', // absence 75 10 Jan–20 Feb 2024 ended with 41 (420 hours used): the jobcentre has the contact process
  transition: '0202851112', // dagpenge since 1 Nov 2023: under the transition rules, no absence 75
  akassePeriod: '0303851113', // dagpenge since 3 Jan 2024, absence 75 active since 10 Jan, contact group 1
  sickAkasse: '0404851114', // absence 75 active, contact group 24 since 1 Feb, signed up for SMS
  sickAkasseInactive: '0505851115', // as sickAkasse but absence 75 inactive, signed up for e-mail
  sickAkasseNoSignup: '0606851116', // as sickAkasse, not signed up for SMS/e-mail
  jobafklaring: '0707851117', // contact group 13
  noAbsence75: '0808851118', // dagpenge since 3 Jan 2024, no absence 75
  groupHistory: '0909851119', // contact group 2 until 14 Feb 2024, then 1
  otherJobcenter: '1010851120', // jobcentre 20100, a-kasse 99
  notEnrolled: '1111851121', // member of 81, never enrolled
  deceased: '1212851122',
} as const;

export const ABSENCE_75_OF_AKASSE_PERIOD = '3f2504e0-4f89-41d3-9a0c-000000007501';

const person = (cpr: string, extra: string, jobcenterCode = '10100', akasse = '81') => `
  - cpr: "${cpr}"
    birthDate: 1985-01-01
    jobcenterCode: "${jobcenterCode}"
    memberships: [{ akasseCode: "${akasse}", startDate: 2015-01-01, endDate: null }]
${extra}`;

const dagpenge = (from: string) =>
  `    enrollments: [{ clientCategory: 1, enrollmentDate: ${from}, endDate: null, endReason: null }]`;

export const contactProcessScenario = `
persons:
${person(
  KP.afterPeriod,
  `${dagpenge('2024-01-10')}
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10, endDate: null }]
    absences: [{ absenceType: 75, startDate: 2024-01-10, endDate: 2024-02-20, endReason: 41, createdByDfdg: true }]
    benefitsAccount: { akasseCode: "81", insuranceType: 1, gradingDate: 2024-01-10, offsetHours: 0.01, consumedHours: 420, referencePeriodEndDate: 2027-01-10, missingHoursForRegrading: 0, calculationDate: 2024-02-20 }`,
)}
${person(
  KP.transition,
  `${dagpenge('2023-11-01')}
    contactGroups: [{ contactGroup: 1, startDate: 2023-11-01, endDate: null }]`,
)}
${person(
  KP.akassePeriod,
  `${dagpenge('2024-01-03')}
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-03, endDate: null }]
    absences: [{ id: ${ABSENCE_75_OF_AKASSE_PERIOD}, absenceType: 75, startDate: 2024-01-10, createdByDfdg: true }]`,
)}
${person(
  KP.sickAkasse,
  `${dagpenge('2024-01-10')}
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10, endDate: 2024-01-31 }, { contactGroup: 24, startDate: 2024-02-01, endDate: null }]
    absences: [{ absenceType: 75, startDate: 2024-01-10, createdByDfdg: true }]
    notificationSignup: { sms: true, email: false }`,
)}
${person(
  KP.sickAkasseInactive,
  `${dagpenge('2024-01-10')}
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10, endDate: 2024-01-31 }, { contactGroup: 24, startDate: 2024-02-01, endDate: null }]
    absences: [{ absenceType: 75, startDate: 2024-01-10, active: false, createdByDfdg: true }]
    notificationSignup: { sms: false, email: true }`,
)}
${person(
  KP.sickAkasseNoSignup,
  `${dagpenge('2024-01-10')}
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10, endDate: 2024-01-31 }, { contactGroup: 24, startDate: 2024-02-01, endDate: null }]
    absences: [{ absenceType: 75, startDate: 2024-01-10, createdByDfdg: true }]`,
)}
${person(
  KP.jobafklaring,
  `${dagpenge('2023-06-01')}
    contactGroups: [{ contactGroup: 13, startDate: 2023-06-01, endDate: null }]`,
)}
${person(
  KP.noAbsence75,
  `${dagpenge('2024-01-03')}
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-03, endDate: null }]`,
)}
${person(
  KP.groupHistory,
  `${dagpenge('2024-01-02')}
    contactGroups: [{ contactGroup: 2, startDate: 2024-01-02, endDate: 2024-02-14 }, { contactGroup: 1, startDate: 2024-02-15, endDate: null }]`,
)}
${person(
  KP.otherJobcenter,
  `${dagpenge('2024-01-10')}
    contactGroups: [{ contactGroup: 1, startDate: 2024-01-10, endDate: null }]`,
  '20100',
  '99',
)}
${person(KP.notEnrolled, '')}
${person(
  KP.deceased,
  `    deceasedDate: 2024-02-01
${dagpenge('2023-06-01')}`,
)}
`;
