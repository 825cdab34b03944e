// Scenarios: citizens set up in one step from a YAML or JSON fixture (`npm run cli load-scenario
// file.yaml`, and the tests). Each person is a complete CitizenState; loading replaces whatever the
// database held for that CPR. See test/samples/scenarios/basic.yaml for every field.
//
// Dates stay 'YYYY-MM-DD' strings: the `yaml` package's default (YAML 1.2 core) schema has no
// timestamp type, so `2024-01-15` parses as a string; Date objects are normalised anyway.
import { createRequire } from 'node:module';
import type { Knex } from 'knex';
import type {
  Absence,
  AkasseMembership,
  BenefitsAccount,
  CitizenState,
  ContactGroupPeriod,
  CprStatus,
  Enrollment,
  Person,
} from '../domain/types.ts';
import {
  insertAbsence,
  insertContactGroup,
  insertEnrollment,
  insertMembership,
  insertPerson,
  upsertBenefitsAccount,
} from '../store/citizenRepository.ts';
import type { NotificationSignup } from '../domain/contactProcess.ts';
import { upsertSignup } from '../store/contactProcessRepository.ts';
import {
  setCompanyJobcentre,
  setReadyForJobOrders,
  upsertCitizenCv,
  type CitizenCv,
  type CompanyJobcentre,
} from '../store/jobOrderRepository.ts';
import { insertContract, insertRehabilitationProcess } from '../store/personMoveRepository.ts';
import { insertReferralProgramme } from '../store/referralProgrammeRepository.ts';
import type { ReferralProgramme } from '../domain/referralProgramme.ts';
import { PERSON_MOVE_TABLES } from '../store/migrations/007_person_moves.ts';
import { REFERRAL_PROGRAMME_TABLES } from '../store/migrations/035_referral_programmes.ts';
import { deleteDocumentsOwnedBy } from '../store/documentRepository.ts';
import { PERSON_CONTACT_TABLES } from '../store/migrations/022_person_contact.ts';
import { SANCTION_TABLES } from '../store/migrations/026_sanctions.ts';
import { insertSanction } from '../store/sanctionRepository.ts';
import type { Sanction } from '../domain/sanction.ts';
import { insertPersonContact } from '../store/personContactRepository.ts';
import type { PersonContact } from '../domain/personContact.ts';
import { PLAN_TABLES } from '../store/migrations/020_plans.ts';
import { UDB_TABLES } from '../store/migrations/037_udb.ts';
import { SUPPLEMENT_TABLES } from '../store/migrations/032_activity_supplement.ts';
import { insertSupplement } from '../store/activitySupplementRepository.ts';
import type { ActivitySupplement } from '../domain/activitySupplement.ts';
import { JOBPLAN, type Authority, type JobGoal, type JobSearchRequirement, type PlanVersion } from '../domain/plan.ts';
import { insertJobSearchRequirement, insertPlanVersion } from '../store/planRepository.ts';
import { contactGroupOn, sanctionDeletionDate } from '../rules/index.ts';
import {
  MoveCategory,
  type IntegrationContract,
  type MoveCategoryName,
  type RehabilitationProcess,
} from '../domain/personMove.ts';
import { CONTACT_PROCESS_TABLES } from '../store/migrations/004_contact_process.ts';
import { insertCitizenMessage } from '../store/citizenMessageRepository.ts';
import type { CitizenMessage, Organisation } from '../domain/citizenMessage.ts';
import { ACTIVITY_TABLES } from '../store/migrations/019_activities.ts';
import {
  ActivityContactType,
  activityContactOf,
  type Activity,
  type ActivityContact,
  type ResponsibleAuthority,
} from '../domain/activity.ts';
import { insertActivity } from '../store/activityRepository.ts';
import { timeOrderedUuid } from '../store/timeOrderedId.ts';
import { activityContactFields } from '../app/activity/activityContact.ts';
import { FixtureError, FixtureObject, type FieldRecorder } from './fixtureReader.ts';
import type { EfterloenTransition, TidligPension } from '../domain/tidligPension.ts';
import { TIDLIG_PENSION_TABLES } from '../store/migrations/028_tidlig_pension.ts';
import { FEED_TABLES } from '../store/migrations/030_feed_events.ts';
import { insertTidligPension, saveEfterloenTransition } from '../store/tidligPensionRepository.ts';

import { convertLegacyNuph, type ConvertedNuph, type LegacyNuph } from '../app/nuph/conversion.ts';
import { insertNuph, insertNuphAnswer } from '../store/nuphRepository.ts';
import {
  insertPersonRegistration,
  readPersonRegistration,
  type PersonRegistrationFixture,
} from './scenarioPersonRegistration.ts';
import { PERSON_REGISTRATION_TABLES } from '../store/migrations/031_person_registration.ts';
import { CV_TABLES } from '../store/migrations/039_cv.ts';
import { PREPARATION_FORM_TABLES } from '../store/migrations/040_preparation_form.ts';
export { FixtureError } from './fixtureReader.ts';

/** One citizen of a scenario: everything DFDG holds about them (absences may include deleted ones), and
 *  whether they signed up for DFDG's SMS/e-mail service. The contact process starts empty. */
export type ScenarioCitizen = CitizenState &
  PersonRegistrationFixture & {
    signup: NotificationSignup | null;
    cv: CitizenCv | null;
    integrationContracts: IntegrationContract[];
    rehabilitationProcesses: RehabilitationProcess[];
    referralProgrammes: ReferralProgramme[];
    personContacts: PersonContact[];
    /** Min plan versions (PlanService): published on a day, or drafts. */
    plans: PlanVersion[];
    jobSearchRequirements: JobSearchRequirement[];
    /** Dialog messages already sent (an old type-2 draft, say: R-DLG-05), without attachments. */
    citizenMessages: CitizenMessage[];
    /** Activities (ActivityService); an activity's contact goes to the contact-person register as ActivityService's. */
    activities: Activity[];
    /** Sanctions of the sanctions register (R-AK-10), reported by the citizen's a-kasse unless `akasse` names another. */
    sanctions: Sanction[];
    /** NUPHs of the pre-2023-4 model as converted at go-live (R-AK-13): those the conversion keeps. */
    nuphs: ConvertedNuph[];
    /** Tidlig pension forløb UDK reported (PensionService). */
    tidligPensions: TidligPension[];
    /** Efterløn transition dates registered with an a-kasse (R-NOT-07): a membership's `efterloenTransitionDate`. */
    efterloenTransitions: EfterloenTransition[];
    /** Activity supplements (aktivitetstillæg, VisiteringOgStatus.AktivitetstillaegService), open or ended. */
    activitySupplements: ActivitySupplement[];
  };

export interface Scenario {
  persons: ScenarioCitizen[];
  /** A-kasser ready to receive job orders (R-JO-14). */
  jobOrderReadyAkasser: string[];
  /** Companies' production units and their jobcentre (GetCompanyJobcenterAffiliation). */
  companyJobcentres: CompanyJobcentre[];
}

export const SCENARIO_ACTOR = { kind: 'dfdg', process: 'scenario' } as const;

/** The `yaml` package, loaded when a scenario is first parsed: the built command line (dist/main.mjs) holds this
 *  module for every command, and `serve` parses no scenario (~50 ms less of its cold start). */
const parseYaml = (text: string): unknown =>
  (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);

/** Parses and validates a fixture (YAML or JSON); errors name the path of the bad field. With a `recorder` every
 *  field the readers ask for is recorded (the scenario format's reference page, scripts/docs/scenarioFormat.ts). */
export function parseScenario(text: string, recorder: FieldRecorder | null = null): Scenario {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new FixtureError(`scenario is not valid YAML/JSON: ${(err as Error).message}`);
  }
  const root = FixtureObject.of(doc ?? {}, '', recorder);
  const persons = root.list('persons').map(readCitizen);
  const jobOrderReadyAkasser = root.strings('jobOrderReadyAkasser');
  const companyJobcentres = root.list('companyJobcentres').map(readCompanyJobcentre);
  root.done();
  const seen = new Set<string>();
  persons.forEach((c, i) => {
    if (seen.has(c.person.cpr)) throw new FixtureError(`persons[${i}].cpr: ${c.person.cpr} appears twice`);
    seen.add(c.person.cpr);
  });
  return { persons, jobOrderReadyAkasser, companyJobcentres };
}

function readCompanyJobcentre(f: FixtureObject): CompanyJobcentre {
  const c = {
    cvr: f.digits('cvr', 8),
    productionUnit: f.digits('productionUnit', 10),
    jobcenterCode: f.digits('jobcenterCode', 5),
  };
  f.done();
  return c;
}

function readCitizen(f: FixtureObject): ScenarioCitizen {
  const cpr = f.digits('cpr', 10);
  const jobcenterCode = f.digits('jobcenterCode', 5);
  const person: Person = {
    cpr,
    birthDate: f.date('birthDate'),
    deceasedDate: f.optionalDate('deceasedDate'),
    jobcenterCode,
    municipalityCode: f.withDefault(
      f.optionalDigits('municipalityCode', 3),
      'the first 3 digits of jobcenterCode',
      jobcenterCode.slice(0, 3),
    ),
    replacedByCpr: f.optionalDigits('replacedByCpr', 10),
    cprStatus: readCprStatus(f.object('cprStatus')),
  };
  if (f.has('registrationCategories'))
    throw new FixtureError(
      `${f.path}.registrationCategories: the applicant/recipient periods are person categories since D-265: ` +
        "give them as personCategories with category 2 ('Ansøger') or 3 ('Modtager')",
    );
  const account = f.object('benefitsAccount');
  const signup = f.object('notificationSignup');
  const cv = f.object('cv');
  const efterloenTransitions: EfterloenTransition[] = [];
  const citizen: ScenarioCitizen = {
    person,
    contactGroups: f.list('contactGroups').map((g) => readContactGroup(g, cpr)),
    memberships: f.list('memberships').map((m) => readMembership(m, cpr, efterloenTransitions)),
    benefitsAccount: account ? readBenefitsAccount(account, cpr) : null,
    enrollments: f.list('enrollments').map((e) => readEnrollment(e, cpr)),
    absences: f.list('absences').map((a) => readAbsence(a, cpr)),
    signup: signup ? readSignup(signup, cpr) : null,
    cv: cv ? readCv(cv, cpr) : null,
    integrationContracts: f.list('integrationContracts').map((c) => readContract(c, cpr)),
    rehabilitationProcesses: f.list('rehabilitationProcesses').map((p) => readRehabilitation(p, cpr)),
    referralProgrammes: f.list('referralProgrammes').map((p) => readReferralProgramme(p, cpr)),
    personContacts: f.list('personContacts').map((c) => readPersonContact(c, person)),
    plans: [],
    jobSearchRequirements: f.list('jobSearchRequirements').map((j) => readJobSearchRequirement(j, cpr)),
    citizenMessages: f.list('citizenMessages').map((m) => readCitizenMessage(m, cpr)),
    activities: f.list('activities').map((a) => readActivity(a, person)),
    sanctions: [],
    nuphs: f
      .list('legacyNuphs')
      .map((n) => convertLegacyNuph(readLegacyNuph(n, person)))
      .filter((n): n is ConvertedNuph => n !== null),
    tidligPensions: f.list('tidligPensions').map((p) => readTidligPension(p, cpr)),
    efterloenTransitions,
    activitySupplements: f.list('activitySupplements').map((a) => readActivitySupplement(a, person)),
    ...readPersonRegistration(f, person),
  };
  citizen.plans = f.list('plans').map((p) => readPlan(p, citizen));
  citizen.sanctions = f.list('sanctions').map((x) => readSanction(x, citizen));
  f.done();
  return citizen;
}

/** A contact person (PersonContactService); registered by the citizen's jobcentre unless `authority` names
 *  another ("TYPE:CODE"); `activityId` makes it an activity's (R-OTH-07). */
function readPersonContact(f: FixtureObject, person: { cpr: string; jobcenterCode: string }): PersonContact {
  const authority = f.withDefault(
    f.optionalString('authority', /^\d{1,3}:[-0-9A-Za-z]{1,20}$/, 'TYPE:CODE'),
    '"8:<jobcenterCode>" (the citizen\'s jobcentre)',
    `8:${person.jobcenterCode}`,
  );
  const [type, code] = authority.split(':') as [string, string];
  const c: PersonContact = {
    id: f.id(),
    cpr: person.cpr,
    contactType: f.integer('contactType'),
    startDate: f.date('startDate'),
    endDate: f.optionalDate('endDate'),
    externalCaseWorkerId: f.optionalString('externalCaseWorkerId'),
    givenName: f.optionalString('givenName'),
    surname: f.optionalString('surname'),
    phone: f.optionalString('phone'),
    email: f.optionalString('email'),
    activityId: f.optionalString('activityId'),
    authority: { organisationType: Number(type), organisationCode: code },
  };
  f.done();
  return c;
}

/** A sanction (R-AK-10): `reason`, `limitationDate`, optional `servedDate`, `decisionDate`, `remark`, `registeredOn`
 *  (default the decision date, else the limitation date) and `akasse` (default the citizen's first membership's
 *  a-kasse); its deletion date follows R-DEL-07. */
function readSanction(f: FixtureObject, c: ScenarioCitizen): Sanction {
  const limitationDate = f.date('limitationDate');
  const servedDate = f.optionalDate('servedDate');
  const decisionDate = f.optionalDate('decisionDate');
  const akasse = f.withDefault(
    f.optionalString('akasse', /^\d{1,8}$/, 'an a-kasse code'),
    "the first membership's a-kasse",
    c.memberships[0]?.akasseCode,
  );
  if (akasse === undefined) throw new FixtureError(`sanctions: ${c.person.cpr} is a member of no a-kasse; name one`);
  const s: Sanction = {
    id: f.id(),
    cpr: c.person.cpr,
    akasse,
    reason: f.integer('reason'),
    decisionDate,
    limitationDate,
    servedDate,
    remark: f.optionalString('remark'),
    registeredOn: f.withDefault(
      f.optionalDate('registeredOn'),
      'decisionDate, else limitationDate',
      decisionDate ?? limitationDate,
    ),
    deleteFrom: sanctionDeletionDate(limitationDate, servedDate),
  };
  f.done();
  return s;
}

/** An organisation as 'TYPE:CODE', e.g. "2:81" for a-kasse 81, "8:10100" for jobcentre 10100. */
/** An activity supplement from `eventDate`, registered by the citizen's jobcentre unless `registeredBy` names
 *  another ('TYPE:CODE'); `endDate` with `endReason` (age30 | contactGroup: ended by DFDG, R-BAT-05) or without. */
function readActivitySupplement(f: FixtureObject, person: { cpr: string; jobcenterCode: string }): ActivitySupplement {
  const eventDate = f.date('eventDate');
  const by = f.withDefault(
    f.optionalString('registeredBy', /^\d+:\d+$/, '\'TYPE:CODE\', e.g. "8:10100"'),
    '"8:<jobcenterCode>" (the citizen\'s jobcentre)',
    `8:${person.jobcenterCode}`,
  );
  const [type, code] = by.split(':') as [string, string];
  const s: ActivitySupplement = {
    id: f.id(),
    cpr: person.cpr,
    eventDate,
    endDate: f.optionalDate('endDate'),
    endReason: f.optionalString(
      'endReason',
      /^(age30|contactGroup)$/,
      'age30 or contactGroup',
    ) as ActivitySupplement['endReason'],
    registeredBy: { organisationType: Number(type), organisationCode: code },
    registeredAt: `${eventDate}T12:00:00+01:00`,
  };
  f.done();
  return s;
}

function readAuthority(f: FixtureObject, key: string): Authority {
  const [type, code] = f.string(key, /^\d+:\d+$/, '\'TYPE:CODE\', e.g. "2:81"').split(':');
  return { organisationType: Number(type), organisationCode: code! };
}

function readJobGoal(f: FixtureObject): JobGoal {
  const g = {
    conceptUri: f.optionalString('conceptUri'),
    aliasId: f.optionalString('aliasId'),
    title: f.optionalString('title'),
    freeText: f.optionalString('freeText'),
  };
  f.done();
  return g;
}

/** A plan version: published on `publishedOn` (12:00 Copenhagen time) by its registering authority, with the
 *  citizen's contact group of that day, or a draft when `publishedOn` is null. */
function readPlan(f: FixtureObject, c: ScenarioCitizen): PlanVersion {
  const registeredBy = readAuthority(f, 'registeredBy');
  const createdOn = f.date('createdOn');
  const publishedOn = f.optionalDate('publishedOn');
  const at = (day: string) => `${day}T12:00:00+01:00`;
  const p: PlanVersion = {
    id: f.id(),
    cpr: c.person.cpr,
    planType: JOBPLAN,
    status: publishedOn === null ? 'draft' : 'published',
    jobGoals: f.list('jobGoals').map(readJobGoal),
    description: f.optionalString('description'),
    educationReadiness: f.optionalInteger('educationReadiness'),
    draftForJobcenter: f.boolean('draftForJobcenter', false),
    registeredBy,
    createdAt: at(createdOn),
    lastModified: at(publishedOn ?? createdOn),
    publishedAt: publishedOn === null ? null : at(publishedOn),
    publishedBy: publishedOn === null ? null : registeredBy,
    contactGroup: publishedOn === null ? null : contactGroupOn(c, publishedOn),
  };
  f.done();
  return p;
}

function readJobSearchRequirement(f: FixtureObject, cpr: string): JobSearchRequirement {
  const startDate = f.date('startDate');
  const j = {
    id: f.id(),
    cpr,
    applications: f.integer('applications'),
    periodWeeks: f.optionalInteger('periodWeeks'),
    startDate,
    endDate: f.optionalDate('endDate'),
    text: f.optionalString('text'),
    registeredBy: readAuthority(f, 'registeredBy'),
    registeredAt: `${startDate}T12:00:00+01:00`,
  };
  f.done();
  return j;
}

/** "TYPE:CODE", e.g. "2:81" for a-kasse 81. */
function readOrganisation(value: string | null, key: string): Organisation | null {
  if (value === null) return null;
  const m = /^(\d+):(\S+)$/.exec(value);
  if (!m) throw new FixtureError(`citizenMessages: ${key} ${value} is not TYPE:CODE`);
  return { organisationType: Number(m[1]), organisationCode: m[2]! };
}

function readCitizenMessage(f: FixtureObject, cpr: string): CitizenMessage {
  const id = f.id();
  const sentOn = f.date('sentOn');
  const m: CitizenMessage = {
    id,
    cpr,
    threadId: f.withDefault(f.optionalString('threadId'), 'the message id', id),
    messageType: f.integer('messageType'),
    sender: readOrganisation(f.string('from'), 'from')!,
    senderUser: {
      userType: 2,
      userIdentifier: 'scenario',
      fullName: f.withDefault(f.optionalString('fromName'), '"Sagsbehandler"', 'Sagsbehandler'),
    },
    receiver: readOrganisation(f.optionalString('to'), 'to'),
    headline: f.string('headline'),
    text: f.string('text'),
    createdAt: `${sentOn}T09:00:00+01:00`,
    businessDate: sentOn,
    document: null,
    offerDecision: null,
  };
  f.done();
  return m;
}

const ACTIVITY_CONTACT_TYPES: ReadonlySet<number> = new Set(Object.values(ActivityContactType));

function readResponsibleAuthority(f: FixtureObject): ResponsibleAuthority {
  const caseWorker = f.requiredObject('caseWorker');
  const r: ResponsibleAuthority = {
    authorityCode: f.string('authorityCode'),
    authorityName: f.string('authorityName'),
    organisationType: f.optionalInteger('organisationType'),
    caseWorker: {
      givenName: caseWorker.string('givenName'),
      middleName: caseWorker.optionalString('middleName'),
      surname: caseWorker.string('surname'),
      telephone: caseWorker.optionalString('telephone'),
    },
  };
  caseWorker.done();
  f.done();
  return r;
}

function readActivityContact(f: FixtureObject): ActivityContact {
  const contactType = f.integer('contactType');
  if (!ACTIVITY_CONTACT_TYPES.has(contactType))
    throw new FixtureError(
      `${f.path}.contactType: ${contactType} is not an activity contact type (${[...ACTIVITY_CONTACT_TYPES].join(', ')})`,
    );
  const c: ActivityContact = {
    contactType,
    givenName: f.optionalString('givenName'),
    surname: f.string('surname'),
    telephone: f.optionalString('telephone'),
    email: f.optionalString('email'),
  };
  f.done();
  return c;
}

/** An activity as ActivityService holds it (src/domain/activity.ts): registered by the citizen's jobcentre on its
 *  start date unless `registeredBy` ('TYPE:CODE') and `registeredOn` say otherwise; version 1, no NUPH standing
 *  unless `version` and `nuphOpen` say so. */
function readActivity(f: FixtureObject, person: { cpr: string; jobcenterCode: string }): Activity {
  const id = f.id();
  const startDate = f.date('startDate');
  const by = f.withDefault(
    f.optionalString('registeredBy', /^\d+:\d+$/, '\'TYPE:CODE\', e.g. "8:10100"'),
    '"8:<jobcenterCode>" (the citizen\'s jobcentre)',
    `8:${person.jobcenterCode}`,
  );
  const [type, code] = by.split(':') as [string, string];
  const contact = f.object('contact');
  const a: Activity = {
    id,
    cpr: person.cpr,
    activationType: f.optionalInteger('activationType'),
    bottleneckSector: f.optionalInteger('bottleneckSector'),
    hoursPerWeek: f.optionalInteger('hoursPerWeek'),
    minutesPerWeek: f.optionalInteger('minutesPerWeek'),
    courseCategory: f.optionalInteger('courseCategory'),
    healthType: f.optionalInteger('healthType'),
    socialType: f.optionalInteger('socialType'),
    grantFrame: f.optionalInteger('grantFrame'),
    hourlySubsidyRate: f.optionalInteger('hourlySubsidyRate'),
    startDate,
    endDate: f.optionalDate('endDate'),
    status: f.optionalInteger('status'),
    statusReason: f.optionalInteger('statusReason'),
    reasonRemark: f.optionalString('reasonRemark'),
    responsibleAuthority: readResponsibleAuthority(f.requiredObject('responsibleAuthority')),
    contact: contact === null ? null : readActivityContact(contact),
    nuphOpen: f.boolean('nuphOpen', false),
    registeredBy: {
      kind: 'authority',
      organisationType: Number(type),
      organisationCode: code,
      userIdentifier: 'scenario',
      userType: 2,
    },
    registeredOn: f.withDefault(f.optionalDate('registeredOn'), 'startDate', startDate),
    version: f.withDefault(f.optionalInteger('version'), '1', 1),
  };
  f.done();
  return a;
}

/** The activity's contact person, as ActivityService records it (src/app/activity/activityContact.ts), registered
 *  by the authority that registered the activity. */
function activityPersonContact(a: Activity): PersonContact | null {
  const registration = activityContactOf(a);
  if (registration === null || a.registeredBy.kind !== 'authority') return null;
  const { organisationType, organisationCode } = a.registeredBy;
  return {
    ...activityContactFields(registration),
    id: timeOrderedUuid(),
    cpr: a.cpr,
    activityId: a.id,
    authority: { organisationType, organisationCode },
  };
}

function readSignup(f: FixtureObject, cpr: string): NotificationSignup {
  const s = { cpr, sms: f.boolean('sms', false), email: f.boolean('email', false) };
  f.done();
  return s;
}

function readContract(f: FixtureObject, cpr: string): IntegrationContract {
  const category = f.string('category');
  if (!(category in MoveCategory))
    throw new FixtureError(
      `integrationContracts: category ${category} is not one of ${Object.keys(MoveCategory).join(', ')}`,
    );
  const c = {
    id: f.id(),
    cpr,
    category: category as MoveCategoryName,
    startDate: f.date('startDate'),
    endDate: f.optionalDate('endDate'),
  };
  f.done();
  return c;
}

/** CPR's status of an emigrated or missing citizen (R-BAT-15): `{ status: udrejst | forsvundet, date }`. */
function readCprStatus(f: FixtureObject | null): CprStatus | null {
  if (f === null) return null;
  const status = {
    status: f.string('status', /^(udrejst|forsvundet)$/, "'udrejst' or 'forsvundet'") as CprStatus['status'],
    date: f.date('date'),
  };
  f.done();
  return status;
}

function readRehabilitation(f: FixtureObject, cpr: string): RehabilitationProcess {
  const p = { id: f.id(), cpr, startDate: f.date('startDate'), endDate: f.optionalDate('endDate') };
  f.done();
  return p;
}

/** A systematic referral programme (R-DEL-01): its period; without an end it ended with its rules (D-303). */
function readReferralProgramme(f: FixtureObject, cpr: string): ReferralProgramme {
  const p = { id: f.id(), cpr, startDate: f.date('startDate'), endDate: f.optionalDate('endDate') };
  f.done();
  return p;
}

function readCv(f: FixtureObject, cpr: string): CitizenCv {
  const cv = {
    cpr,
    occupations: f.strings('occupations'),
    healthLimitations: f.strings('healthLimitations'),
    customerNumber: f.optionalDigits('customerNumber', 8),
  };
  f.done();
  return cv;
}

function readContactGroup(f: FixtureObject, cpr: string): ContactGroupPeriod {
  const c = {
    id: f.id(),
    cpr,
    contactGroup: f.integer('contactGroup'),
    startDate: f.date('startDate'),
    endDate: f.optionalDate('endDate'),
  };
  f.done();
  return c;
}

/** A membership; `efterloenTransitionDate` registers the member's date of transition to efterløn with the a-kasse
 *  (R-NOT-07; the facade keeps no efterløn case, D-214) into `efterloen`. */
function readMembership(f: FixtureObject, cpr: string, efterloen: EfterloenTransition[]): AkasseMembership {
  const m = {
    id: f.id(),
    cpr,
    akasseCode: f.string('akasseCode'),
    startDate: f.date('startDate'),
    endDate: f.optionalDate('endDate'),
  };
  const transitionDate = f.optionalDate('efterloenTransitionDate');
  if (transitionDate !== null) efterloen.push({ cpr, akasseCode: m.akasseCode, transitionDate });
  f.done();
  return m;
}

/** A Tidlig pension forløb as UDK saved it: `overgang` and `kompensation` blocks, neither for an annulled one. */
function readTidligPension(f: FixtureObject, cpr: string): TidligPension {
  const o = f.object('overgang');
  const k = f.object('kompensation');
  const p: TidligPension = {
    id: f.id(),
    cpr,
    version: f.withDefault(f.optionalInteger('version'), '1', 1),
    savedAt: f.withDefault(f.optionalString('savedAt'), '2022-01-01T08:00:00+01:00', '2022-01-01T08:00:00+01:00'),
    overgang: o
      ? {
          overgangsdato: o.date('overgangsdato'),
          afgoerelsesdato: o.date('afgoerelsesdato'),
          ophoersdato: o.optionalDate('ophoersdato'),
        }
      : null,
    kompensation: k
      ? {
          afgoerelsesdato: k.date('afgoerelsesdato'),
          udbetalingsdato: k.optionalDate('udbetalingsdato'),
          beloeb: k.optionalNumber('beloeb'),
        }
      : null,
  };
  o?.done();
  k?.done();
  f.done();
  return p;
}

function readBenefitsAccount(f: FixtureObject, cpr: string): BenefitsAccount {
  const a: BenefitsAccount = {
    cpr,
    akasseCode: f.string('akasseCode'),
    insuranceType: f.integer('insuranceType'),
    gradingDate: f.date('gradingDate'),
    ordinaryPeriodGradingDate: f.optionalDate('ordinaryPeriodGradingDate'),
    gradingType: f.optionalNumber('gradingType'),
    gradingBasisTypes: [],
    offsetHours: f.number('offsetHours'),
    referencePeriodEndDate: f.optionalDate('referencePeriodEndDate'),
    consumedHours: f.number('consumedHours'),
    missingHoursForRegrading: f.optionalNumber('missingHoursForRegrading'),
    ratePerMonth: f.optionalNumber('ratePerMonth'),
    calculationDate: f.date('calculationDate'),
  };
  f.done();
  return a;
}

function readEnrollment(f: FixtureObject, cpr: string): Enrollment {
  const e: Enrollment = {
    id: f.id(),
    cpr,
    clientCategory: f.integer('clientCategory'),
    enrollmentDate: f.date('enrollmentDate'),
    endDate: f.optionalDate('endDate'),
    endReason: f.optionalInteger('endReason'),
  };
  f.done();
  return e;
}

function readAbsence(f: FixtureObject, cpr: string): Absence {
  const startDate = f.date('startDate');
  const a: Absence = {
    id: f.id(),
    cpr,
    absenceType: f.integer('absenceType'),
    startDate,
    endDate: f.optionalDate('endDate'),
    notificationDate: f.withDefault(f.optionalDate('notificationDate'), 'startDate', startDate),
    comment: f.optionalString('comment'),
    endReason: f.optionalInteger('endReason'),
    active: f.boolean('active', true),
    createdByDfdg: f.boolean('createdByDfdg', false),
    registeredBy: SCENARIO_ACTOR,
    registeredOn: f.withDefault(f.optionalDate('registeredOn'), 'startDate', startDate),
    deletedOn: f.optionalDate('deletedOn'),
  };
  f.done();
  return a;
}

/** A NUPH of the pre-2023-4 model (R-AK-13): to the citizen's a-kasse `akasse` from their jobcentre, optionally
 *  answered; `src/app/nuph/conversion.ts` decides whether it was converted. */
function readLegacyNuph(f: FixtureObject, person: { cpr: string; jobcenterCode: string }): LegacyNuph {
  const answer = f.object('answer');
  const eventDate = f.date('eventDate');
  const n: LegacyNuph = {
    id: f.id(),
    cpr: person.cpr,
    akasse: f.string('akasse'),
    jobcentre: f.withDefault(f.optionalDigits('jobcentre', 5), "the citizen's jobcenterCode", person.jobcenterCode),
    eventCode: f.integer('eventCode'),
    eventDate,
    notifiedOn: f.withDefault(f.optionalDate('notifiedOn'), 'eventDate', eventDate),
    comment: f.optionalString('comment'),
    answer: answer
      ? {
          id: answer.id(),
          answerCode: answer.integer('answerCode'),
          sanctionGiven: answer.boolean('sanctionGiven', false),
          answeredOn: answer.date('answeredOn'),
          answeredBy: answer.withDefault(answer.optionalString('answeredBy'), "the NUPH's akasse", f.string('akasse')),
          comment: answer.optionalString('comment'),
        }
      : null,
  };
  answer?.done();
  f.done();
  return n;
}

/** Child tables first: they reference person.cpr (and the contact process's children reference summons). */
const CITIZEN_TABLES = [
  ...UDB_TABLES,
  ...FEED_TABLES,
  'nuph',
  ...TIDLIG_PENSION_TABLES,
  ...PERSON_REGISTRATION_TABLES,
  ...SUPPLEMENT_TABLES,
  ...PLAN_TABLES,
  ...PERSON_MOVE_TABLES,
  ...REFERRAL_PROGRAMME_TABLES,
  ...PERSON_CONTACT_TABLES,
  ...SANCTION_TABLES,
  ...CV_TABLES,
  ...PREPARATION_FORM_TABLES,
  'citizen_cv',
  'citizen_message_document',
  'citizen_message',
  ...ACTIVITY_TABLES,
  ...CONTACT_PROCESS_TABLES.filter((t) => t !== 'offer_slot' && t !== 'online_offer'),
  'absence',
  'enrollment',
  'benefits_account',
  'akasse_membership',
  'contact_group',
  'person',
] as const;

/** CPRs per DELETE … IN (…): well below SQLite's and PostgreSQL's limits on bound parameters. */
const DELETE_CHUNK = 500;

/** Loads the scenario in one transaction, replacing everything held about each of its CPRs. The old rows go
 *  first, a statement per table for all the CPRs (a statement per table and CPR made a reload of a dozen
 *  citizens ~200 round trips, and the tests reload before every test). */
export async function loadScenario(db: Knex, scenario: Scenario): Promise<void> {
  await db.transaction(async (trx) => {
    const cprs = scenario.persons.map((c) => c.person.cpr);
    for (let i = 0; i < cprs.length; i += DELETE_CHUNK)
      await trx('nuph_answer')
        .whereIn(
          'nuph_id',
          trx('nuph')
            .select('id')
            .whereIn('cpr', cprs.slice(i, i + DELETE_CHUNK)),
        )
        .delete();
    // the documents of the citizens' rehabilitation processes (owned by the process, no CPR of their own)
    for (let i = 0; i < cprs.length; i += DELETE_CHUNK) {
      const processes = (await trx('rehabilitation_process')
        .select('id')
        .whereIn('cpr', cprs.slice(i, i + DELETE_CHUNK))) as { id: string }[];
      await deleteDocumentsOwnedBy(
        trx,
        'rehabiliteringsforloeb',
        processes.map((p) => p.id),
      );
    }
    for (const table of CITIZEN_TABLES) {
      for (let i = 0; i < cprs.length; i += DELETE_CHUNK)
        await trx(table)
          .whereIn('cpr', cprs.slice(i, i + DELETE_CHUNK))
          .delete();
    }
    for (const c of scenario.persons) {
      await insertPerson(trx, c.person);
      for (const g of c.contactGroups) await insertContactGroup(trx, g);
      for (const m of c.memberships) await insertMembership(trx, m);
      if (c.benefitsAccount) await upsertBenefitsAccount(trx, c.benefitsAccount);
      for (const e of c.enrollments) await insertEnrollment(trx, e);
      for (const a of c.absences) await insertAbsence(trx, a);
      if (c.signup) await upsertSignup(trx, c.signup);
      if (c.cv) await upsertCitizenCv(trx, c.cv);
      for (const contract of c.integrationContracts) await insertContract(trx, contract);
      for (const process of c.rehabilitationProcesses) await insertRehabilitationProcess(trx, process);
      for (const programme of c.referralProgrammes) await insertReferralProgramme(trx, programme);
      for (const contact of c.personContacts) await insertPersonContact(trx, contact);
      for (const plan of c.plans) await insertPlanVersion(trx, plan);
      for (const requirement of c.jobSearchRequirements) await insertJobSearchRequirement(trx, requirement);
      for (const message of c.citizenMessages) await insertCitizenMessage(trx, message, null);
      for (const sanction of c.sanctions) await insertSanction(trx, sanction);
      for (const { nuph, answer } of c.nuphs) {
        await insertNuph(trx, nuph);
        if (answer) await insertNuphAnswer(trx, answer);
      }
      for (const activity of c.activities) {
        await insertActivity(trx, activity);
        const contact = activityPersonContact(activity);
        if (contact !== null) await insertPersonContact(trx, contact);
      }
      for (const pension of c.tidligPensions) await insertTidligPension(trx, pension);
      for (const transition of c.efterloenTransitions) await saveEfterloenTransition(trx, transition);
      for (const supplement of c.activitySupplements) await insertSupplement(trx, supplement);
      await insertPersonRegistration(trx, c);
    }
    for (const akasse of scenario.jobOrderReadyAkasser) await setReadyForJobOrders(trx, akasse);
    for (const c of scenario.companyJobcentres) await setCompanyJobcentre(trx, c);
  });
}
