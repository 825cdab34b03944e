// Scenario fixtures: validation with the path of the bad field, and loading (replacing a CPR's rows).
import { personContactsOf } from '../../src/store/personContactRepository.ts';
import { findPersonGroupMarking, jobSearchRequirementsOf, planVersionsOf } from '../../src/store/planRepository.ts';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { loadScenario, parseScenario } from '../../src/cli/scenario.ts';
import { citizenMessagesOf } from '../../src/store/citizenMessageRepository.ts';
import { activitiesOf } from '../../src/store/activityRepository.ts';
import { sanctionsOf } from '../../src/store/sanctionRepository.ts';
import { answerOf, nuphsOf } from '../../src/store/nuphRepository.ts';
import { efterloenTransitionsOf, tidligPensionsOf } from '../../src/store/tidligPensionRepository.ts';
import { referralProgrammesOf } from '../../src/store/referralProgrammeRepository.ts';
import { supplementsOf } from '../../src/store/activitySupplementRepository.ts';
import { findAbsence, loadCitizenState } from '../../src/store/citizenRepository.ts';
import { loadContactProcess } from '../../src/store/contactProcessRepository.ts';
import { findCitizenCv, isReadyForJobOrders } from '../../src/store/jobOrderRepository.ts';
import { findHealthLimitation } from '../../src/store/personRegistrationRepository.ts';
import { describeEachDatabase } from '../support/databases.ts';

const BASIC = fs.readFileSync(new URL('../samples/scenarios/basic.yaml', import.meta.url), 'utf8');

const minimal = (extra = '', cpr = '"0101901234"') =>
  `persons:\n  - cpr: ${cpr}\n    birthDate: 1990-01-01\n    jobcenterCode: "10100"\n${extra}`;

describe('parseScenario', () => {
  test('the sample: dates stay strings, defaults filled in', () => {
    const [first, second] = parseScenario(BASIC).persons;
    assert.deepEqual(first!.person, {
      cpr: '0101901234',
      birthDate: '1990-01-01',
      deceasedDate: null,
      jobcenterCode: '10100',
      municipalityCode: '101',
      replacedByCpr: null,
      cprStatus: null,
    });
    assert.equal(first!.contactGroups[0]!.startDate, '2024-01-15');
    assert.equal(first!.memberships[0]!.endDate, null);
    assert.deepEqual(first!.benefitsAccount, {
      cpr: '0101901234',
      akasseCode: '81',
      insuranceType: 1,
      gradingDate: '2023-06-01',
      ordinaryPeriodGradingDate: null,
      gradingType: null,
      gradingBasisTypes: [],
      offsetHours: 0.01,
      referencePeriodEndDate: '2026-06-01',
      consumedHours: 100,
      missingHoursForRegrading: 0,
      ratePerMonth: null,
      calculationDate: '2024-01-10',
    });
    const [sick, contact] = first!.absences;
    assert.deepEqual(
      { ...sick!, id: 'x' },
      {
        id: 'x',
        cpr: '0101901234',
        absenceType: 11,
        startDate: '2024-03-01',
        endDate: '2024-03-10',
        notificationDate: '2024-03-01',
        comment: null,
        endReason: null,
        active: true,
        createdByDfdg: false,
        registeredBy: { kind: 'dfdg', process: 'scenario' },
        registeredOn: '2024-03-01',
        deletedOn: null,
      },
    );
    assert.match(sick!.id, /^[0-9a-f-]{36}$/);
    assert.equal(contact!.id, '3f2504e0-4f89-41d3-9a0c-0305e82c3311');
    assert.equal(contact!.createdByDfdg, true);
    assert.equal(second!.person.municipalityCode, '201');
    assert.equal(second!.benefitsAccount, null);
  });

  test("activities: the fields of the domain type, registered by the citizen's jobcentre on the start date at version 1 by default", () => {
    const [c] = parseScenario(
      minimal(`    activities:
      - activationType: 9001
        courseCategory: 52
        grantFrame: 16
        startDate: 2024-03-11
        status: 3
        statusReason: 1
        reasonRemark: "Udeblev fra kurset uden grund"
        responsibleAuthority: { authorityCode: "81", authorityName: "A-kassen", caseWorker: { givenName: "Ole", surname: "Rådgiver" } }
`),
    ).persons;
    const [a] = c!.activities;
    assert.match(a!.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      { ...a!, id: 'x' },
      {
        id: 'x',
        cpr: '0101901234',
        activationType: 9001,
        bottleneckSector: null,
        hoursPerWeek: null,
        minutesPerWeek: null,
        courseCategory: 52,
        healthType: null,
        socialType: null,
        grantFrame: 16,
        hourlySubsidyRate: null,
        startDate: '2024-03-11',
        endDate: null,
        status: 3,
        statusReason: 1,
        reasonRemark: 'Udeblev fra kurset uden grund',
        responsibleAuthority: {
          authorityCode: '81',
          authorityName: 'A-kassen',
          organisationType: null,
          caseWorker: { givenName: 'Ole', middleName: null, surname: 'Rådgiver', telephone: null },
        },
        contact: null,
        nuphOpen: false,
        registeredBy: {
          kind: 'authority',
          organisationType: 8,
          organisationCode: '10100',
          userIdentifier: 'scenario',
          userType: 2,
        },
        registeredOn: '2024-03-11',
        version: 1,
      },
    );
  });

  test('JSON is accepted too', () => {
    const s = parseScenario(
      JSON.stringify({ persons: [{ cpr: '0101901234', birthDate: '1990-01-01', jobcenterCode: '10100' }] }),
    );
    assert.equal(s.persons[0]!.person.cpr, '0101901234');
  });

  const refusals: [string, string, RegExp][] = [
    [
      'an unquoted CPR (YAML drops the leading zero)',
      minimal('', '0101901234'),
      /^persons\[0\]\.cpr: must be a string of 10 digits \(quote it\), got 101901234$/,
    ],
    [
      'a 9-digit CPR',
      minimal('', '"010190123"'),
      /^persons\[0\]\.cpr: must be a string of 10 digits, got "010190123"$/,
    ],
    [
      'a missing birth date',
      'persons:\n  - { cpr: "0101901234", jobcenterCode: "10100" }',
      /^persons\[0\]\.birthDate: is required/,
    ],
    [
      'an impossible date',
      minimal('    absences: [{ absenceType: 11, startDate: 2024-02-30 }]'),
      /^persons\[0\]\.absences\[0\]\.startDate: must be a date YYYY-MM-DD, got "2024-02-30"$/,
    ],
    [
      'a non-integer code',
      minimal('    contactGroups: [{ contactGroup: "one", startDate: 2024-01-01 }]'),
      /^persons\[0\]\.contactGroups\[0\]\.contactGroup: must be an integer, got "one"$/,
    ],
    [
      'a misspelt field',
      minimal('    memberships: [{ akasseCode: "81", startdate: 2020-01-01 }]'),
      /^persons\[0\]\.memberships\[0\]\.startDate: is required/,
    ],
    [
      'an unknown field',
      minimal('    memberships: [{ akasseCode: "81", startDate: 2020-01-01, colour: red }]'),
      /^persons\[0\]\.memberships\[0\]\.colour: unknown field/,
    ],
    [
      'a list that is not a list',
      minimal('    enrollments: { clientCategory: 1 }'),
      /^persons\[0\]\.enrollments: must be a list/,
    ],
    [
      'a bad uuid',
      minimal('    absences: [{ id: abc, absenceType: 11, startDate: 2024-01-01 }]'),
      /^persons\[0\]\.absences\[0\]\.id: must be a uuid, got "abc"$/,
    ],
    [
      'a non-boolean flag',
      minimal('    absences: [{ absenceType: 11, startDate: 2024-01-01, active: yes }]'),
      /^persons\[0\]\.absences\[0\]\.active: must be true or false, got "yes"$/,
    ],
    [
      'a missing hours number',
      minimal(
        '    benefitsAccount: { akasseCode: "81", insuranceType: 1, gradingDate: 2023-06-01, offsetHours: 0, calculationDate: 2024-01-10 }',
      ),
      /^persons\[0\]\.benefitsAccount\.consumedHours: is required \(a number\)$/,
    ],
    [
      'an activity without its responsible authority (required on the wire, S38)',
      minimal('    activities: [{ activationType: 9004, startDate: 2024-03-11 }]'),
      /^persons\[0\]\.activities\[0\]\.responsibleAuthority: is required \(an object\)$/,
    ],
    [
      "an activity contact of a type that is not an activity's (C-10: 2, 3, 15)",
      minimal(
        '    activities: [{ activationType: 9004, startDate: 2024-03-11, responsibleAuthority: { authorityCode: "10100", authorityName: "JC", caseWorker: { givenName: "A", surname: "B" } }, contact: { contactType: 33, surname: "K" } }]',
      ),
      /^persons\[0\]\.activities\[0\]\.contact\.contactType: 33 is not an activity contact type \(2, 3, 15\)$/,
    ],
    [
      'the same CPR twice',
      `${minimal()}  - { cpr: "0101901234", birthDate: 1990-01-01, jobcenterCode: "10100" }`,
      /^persons\[1\]\.cpr: 0101901234 appears twice$/,
    ],
    [
      'a top-level typo',
      'person: []',
      /^person: unknown field \(known: persons, jobOrderReadyAkasser, companyJobcentres\)$/,
    ],
    [
      'the registration category periods of before D-265 (now person categories 2/3)',
      minimal('    registrationCategories: [{ category: ansoeger, startDate: 2024-03-01 }]'),
      /^persons\[0\]\.registrationCategories: the applicant\/recipient periods are person categories since D-265: give them as personCategories with category 2 \('Ansøger'\) or 3 \('Modtager'\)$/,
    ],
    [
      'a CPR status other than udrejst or forsvundet',
      minimal('    cprStatus: { status: doed, date: 2024-03-01 }'),
      /^persons\[0\]\.cprStatus\.status: must be 'udrejst' or 'forsvundet', got "doed"$/,
    ],
    ['a scenario that is not a mapping', '- 1', /^scenario: must be an object/],
    ['not YAML at all', 'persons: [', /^scenario is not valid YAML\/JSON/],
  ];
  for (const [what, text, message] of refusals) {
    test(`refuses ${what}`, () => assert.throws(() => parseScenario(text), { name: 'FixtureError', message }));
  }
});

describeEachDatabase('loadScenario', (db) => {
  test('R-DEL-01: referralProgrammes load the systematic referral programmes, without an end as null; a reload replaces them', async () => {
    const scenario = parseScenario(
      minimal('    referralProgrammes: [{ startDate: 2018-01-01, endDate: 2019-06-01 }, { startDate: 2019-02-01 }]\n'),
    );
    await loadScenario(db(), scenario);
    const loaded = await referralProgrammesOf(db(), '0101901234');
    assert.deepEqual(
      loaded.map((p) => [p.startDate, p.endDate]),
      [
        ['2018-01-01', '2019-06-01'],
        ['2019-02-01', null],
      ],
    );
    assert.deepEqual(loaded, scenario.persons[0]!.referralProgrammes);
    await loadScenario(db(), parseScenario(minimal()));
    assert.deepEqual(await referralProgrammesOf(db(), '0101901234'), [], 'a reload replaces them');
  });
  test("a membership's efterloenTransitionDate registers the efterløn transition with its a-kasse (R-NOT-07, D-214)", async () => {
    const scenario = parseScenario(
      minimal(
        '    memberships: [{ akasseCode: "81", startDate: 2010-01-01, endDate: 2022-01-01, efterloenTransitionDate: 2022-01-02 }]\n',
      ),
    );
    await loadScenario(db(), scenario);
    assert.deepEqual(await efterloenTransitionsOf(db(), '0101901234'), [
      { cpr: '0101901234', akasseCode: '81', transitionDate: '2022-01-02' },
    ]);
    await loadScenario(db(), parseScenario(minimal()));
    assert.deepEqual(await efterloenTransitionsOf(db(), '0101901234'), [], 'a reload replaces it');
  });
  test('loads the sample: every row readable through the repository', async () => {
    const scenario = parseScenario(BASIC);
    await loadScenario(db(), scenario);
    const state = (await loadCitizenState(db(), '0101901234'))!;
    const {
      signup,
      cv,
      integrationContracts,
      rehabilitationProcesses,
      referralProgrammes,
      personContacts,
      plans,
      jobSearchRequirements,
      citizenMessages,
      activities,
      sanctions,
      nuphs,
      tidligPensions,
      efterloenTransitions,
      activitySupplements,
      personGroupMarkings,
      healthLimitations,
      ...expected
    } = scenario.persons[0]!;
    // PersonRegistrationService's fields: the category in the state (below), the marking and the limitation by id.
    assert.deepEqual(
      expected.personCategories.map((c) => [c.category, c.startDate, c.registeredBy.organisationCode]),
      [[4, '2024-01-15', '10100']],
    );
    assert.deepEqual(
      await findPersonGroupMarking(db(), '0101901234', personGroupMarkings[0]!.id),
      personGroupMarkings[0],
    );
    assert.equal(personGroupMarkings[0]!.registeredBy.organisationCode, 'STAR');
    assert.deepEqual(await findHealthLimitation(db(), '0101901234', healthLimitations[0]!.id), healthLimitations[0]);
    assert.deepEqual(
      activitySupplements.map((a) => [a.eventDate, a.endDate, a.endReason, a.registeredBy.organisationCode]),
      [['2019-06-03', '2020-01-01', 'age30', '10100']],
    );
    assert.deepEqual(await supplementsOf(db(), '0101901234'), activitySupplements);
    assert.equal(tidligPensions.length, 1);
    assert.deepEqual(await tidligPensionsOf(db(), '0101901234'), tidligPensions);
    assert.deepEqual(await efterloenTransitionsOf(db(), '0101901234'), efterloenTransitions);
    assert.deepEqual([integrationContracts, rehabilitationProcesses], [[], []]);
    assert.deepEqual(await referralProgrammesOf(db(), '0101901234'), referralProgrammes);
    assert.deepEqual(await activitiesOf(db(), '0101901234'), activities);
    assert.deepEqual(await sanctionsOf(db(), '0101901234'), sanctions);
    assert.deepEqual(
      sanctions.map((s) => [s.akasse, s.registeredOn, s.deleteFrom]),
      [['81', '2024-03-28', '2031-03-01']],
      "the first membership's a-kasse, on the decision date, deleted 6 years after the served date (R-DEL-07)",
    );
    // R-AK-13: the legacy NUPH of 2019 was converted (with its answer), the one of 31 Dec 2001 not.
    assert.deepEqual(
      nuphs.map((n) => [n.nuph.id, n.nuph.origin, n.nuph.state, n.answer?.sanctionGiven]),
      [['3f2504e0-4f89-41d3-9a0c-0000000b0001', 'converted', 'answered', true]],
    );
    assert.deepEqual(await nuphsOf(db(), '0101901234'), [nuphs[0]!.nuph]);
    assert.deepEqual(await answerOf(db(), nuphs[0]!.nuph.id), nuphs[0]!.answer);
    // The listed contact, and the activity's contact written to the register as ActivityService writes it.
    const contacts = await personContactsOf(db(), '0101901234');
    assert.deepEqual(
      contacts.map((c) => [c.contactType, c.activityId, c.authority.organisationCode, c.surname, c.phone]),
      [
        [3, '3f2504e0-4f89-41d3-9a0c-0000000a0001', '10100', 'Jobformidler', '70101010'],
        [33, null, '10100', 'Konsulent', '70121314'],
      ],
    );
    assert.deepEqual([contacts[0]!.startDate, contacts[0]!.endDate], ['2024-03-01', '2024-06-30']);
    assert.deepEqual(contacts[1], personContacts[0]);
    assert.deepEqual(
      (await citizenMessagesOf(db(), '0101901234')).map((m) => [m.messageType, m.sender, m.receiver, m.createdAt]),
      citizenMessages.map((m) => [m.messageType, m.sender, m.receiver, m.createdAt]),
    );
    assert.deepEqual(
      citizenMessages.map((m) => [m.messageType, m.businessDate]),
      [[2, '2023-11-01']],
    );
    assert.deepEqual(
      state,
      { ...expected, absences: [expected.absences[1]!, expected.absences[0]!] },
      'absences ordered by start date',
    );
    assert.deepEqual((await loadContactProcess(db(), '0101901234')).signup, signup);
    assert.deepEqual(signup, { cpr: '0101901234', sms: true, email: false });
    assert.deepEqual(await findCitizenCv(db(), '0101901234'), cv);
    assert.equal(await isReadyForJobOrders(db(), '81'), true);
    assert.deepEqual(await planVersionsOf(db(), '0101901234'), plans);
    assert.equal(plans[0]!.contactGroup, 1, 'the contact group of the publication day');
    assert.deepEqual(await jobSearchRequirementsOf(db(), '0101901234'), jobSearchRequirements);
    assert.deepEqual(
      (await loadCitizenState(db(), '0202902345'))!.contactGroups.map((g) => g.contactGroup),
      [24],
    );
  });

  test("an applicant (person category 2, D-265) and CPR's status of an emigrated citizen (R-BAT-15) load into the state", async () => {
    await loadScenario(
      db(),
      parseScenario(
        minimal(
          '    cprStatus: { status: udrejst, date: 2024-02-01 }\n' +
            '    contactGroups: [{ contactGroup: 2, startDate: 2024-01-01 }]\n' +
            '    personCategories: [{ category: 2, startDate: 2024-01-05 }]',
        ),
      ),
    );
    const state = (await loadCitizenState(db(), '0101901234'))!;
    assert.deepEqual(state.person.cprStatus, { status: 'udrejst', date: '2024-02-01' });
    assert.deepEqual(
      state.personCategories.map((c) => [c.category, c.startDate, c.endDate]),
      [[2, '2024-01-05', null]],
    );
  });

  test("loads every-field.yaml (the reference page's other sample): CPR status, applicant, contracts, rehabilitation", async () => {
    const sample = fs.readFileSync(new URL('../samples/scenarios/every-field.yaml', import.meta.url), 'utf8');
    await loadScenario(db(), parseScenario(sample));
    const state = (await loadCitizenState(db(), '1111901111'))!;
    assert.deepEqual(state.person.cprStatus, { status: 'udrejst', date: '2024-02-01' });
    assert.deepEqual(
      state.personCategories.map((c) => c.category),
      [2],
    );
  });

  test('loading a CPR again replaces its rows and leaves other citizens alone', async () => {
    await loadScenario(
      db(),
      parseScenario(minimal('    contactGroups: [{ contactGroup: 24, startDate: 2024-05-01 }]')),
    );
    const state = (await loadCitizenState(db(), '0101901234'))!;
    assert.deepEqual(
      state.contactGroups.map((g) => g.contactGroup),
      [24],
    );
    assert.deepEqual([state.memberships, state.enrollments, state.absences, state.benefitsAccount], [[], [], [], null]);
    assert.equal(await findAbsence(db(), '3f2504e0-4f89-41d3-9a0c-0305e82c3311'), null);
    assert.deepEqual(await nuphsOf(db(), '0101901234'), [], 'the converted NUPH is gone');
    assert.equal(Number((await db()('nuph_answer').count({ n: '*' }))[0]!.n), 0, 'and its answer');
    assert.ok(await loadCitizenState(db(), '0202902345'));
  });

  test('a scenario that fails half-way loads nothing', async () => {
    const dup = '3f2504e0-4f89-41d3-9a0c-0305e82c3399';
    const bad = `persons:
  - { cpr: "0303903456", birthDate: 1990-03-03, jobcenterCode: "10100", enrollments: [{ id: ${dup}, clientCategory: 1, enrollmentDate: 2024-01-01 }] }
  - { cpr: "0404904567", birthDate: 1990-04-04, jobcenterCode: "20100", enrollments: [{ id: ${dup}, clientCategory: 1, enrollmentDate: 2024-01-01 }] }`;
    await assert.rejects(loadScenario(db(), parseScenario(bad)));
    assert.equal(await loadCitizenState(db(), '0303903456'), null);
  });
});
