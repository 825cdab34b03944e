// The scenario fields of PersonRegistrationService (src/cli/scenario.ts reads a citizen through this module):
// `personCategories` (part of the citizen's state), `personGroupMarkings` and `healthLimitations`. Each row is
// registered by the citizen's jobcentre unless `registeredBy` names another organisation ("TYPE:CODE").
import type { PersonGroupMarking } from '../domain/plan.ts';
import type { HealthLimitation } from '../domain/personRegistration.ts';
import type { PersonCategoryPeriod, Person } from '../domain/types.ts';
import { insertPersonCategory } from '../store/citizenRepository.ts';
import { insertPersonGroupMarking } from '../store/planRepository.ts';
import { insertHealthLimitation } from '../store/personRegistrationRepository.ts';
import type { Transaction } from '../store/queryable.ts';
import { timeOrderedUuid } from '../store/timeOrderedId.ts';
import { FixtureObject } from './fixtureReader.ts';

export interface PersonRegistrationFixture {
  personCategories: PersonCategoryPeriod[];
  personGroupMarkings: PersonGroupMarking[];
  healthLimitations: HealthLimitation[];
}

type Person_ = Pick<Person, 'cpr' | 'jobcenterCode'>;

function registeredBy(f: FixtureObject, person: Person_) {
  const [type, code] = f
    .withDefault(
      f.optionalString('registeredBy', /^\d{1,3}:[-0-9A-Za-z]{1,20}$/, 'TYPE:CODE'),
      '"8:<jobcenterCode>" (the citizen\'s jobcentre)',
      `8:${person.jobcenterCode}`,
    )
    .split(':') as [string, string];
  return { organisationType: Number(type), organisationCode: code };
}

function readPersonCategory(f: FixtureObject, person: Person_): PersonCategoryPeriod {
  const startDate = f.date('startDate');
  const c: PersonCategoryPeriod = {
    id: timeOrderedUuid(),
    cpr: person.cpr,
    category: f.integer('category'),
    startDate,
    endDate: f.optionalDate('endDate'),
    registeredBy: registeredBy(f, person),
    registeredOn: f.withDefault(f.optionalDate('registeredOn'), 'startDate', startDate),
  };
  f.done();
  return c;
}

function readPersonGroupMarking(f: FixtureObject, person: Person_): PersonGroupMarking {
  const startDate = f.date('startDate');
  const m: PersonGroupMarking = {
    id: f.id(),
    cpr: person.cpr,
    stateProject: f.integer('stateProject'),
    startDate,
    endDate: f.optionalDate('endDate'),
    registeredBy: registeredBy(f, person),
    registeredAt: `${startDate}T12:00:00+01:00`,
  };
  f.done();
  return m;
}

function readHealthLimitation(f: FixtureObject, person: Person_): HealthLimitation {
  const startDate = f.date('startDate');
  const h: HealthLimitation = {
    id: f.id(),
    cpr: person.cpr,
    limitationType: f.optionalInteger('limitationType'),
    startDate,
    endDate: f.optionalDate('endDate'),
    description: f.optionalString('description'),
    registeredBy: registeredBy(f, person),
    registeredAt: `${startDate}T12:00:00+01:00`,
  };
  f.done();
  return h;
}

/** The citizen's PersonRegistrationService fields of fixture `f`. */
export function readPersonRegistration(f: FixtureObject, person: Person_): PersonRegistrationFixture {
  return {
    personCategories: f.list('personCategories').map((c) => readPersonCategory(c, person)),
    personGroupMarkings: f.list('personGroupMarkings').map((m) => readPersonGroupMarking(m, person)),
    healthLimitations: f.list('healthLimitations').map((h) => readHealthLimitation(h, person)),
  };
}

/** Stores them (the citizen's old rows are gone: scenario.ts deletes every table with the CPR first). */
export async function insertPersonRegistration(trx: Transaction, c: PersonRegistrationFixture): Promise<void> {
  for (const category of c.personCategories) await insertPersonCategory(trx, category);
  for (const marking of c.personGroupMarkings) await insertPersonGroupMarking(trx, marking);
  for (const limitation of c.healthLimitations) await insertHealthLimitation(trx, limitation);
}
