// Contact persons over HTTP (PersonContactService, conventions.md S40): R-OTH-06 (type 33 'Fastholdelseskonsulent'
// from release 2022-1) and R-OTH-07 (a 'Personlig jobformidler' that belongs to an activity is changed only through
// ActivityService: 60016, before 2022-1 the unspecified 1100), and the service's own refusals (5061–5066), each
// refusal writing nothing. The activity's contact is made through the application function ActivityService calls
// (`registerActivityContact`, in the activity's unit of work), as ActivityService will at merge.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Knex } from 'knex';
import { registerActivityContact, removeActivityContacts } from '../../src/app/personContact/activityContacts.ts';
import type { Caller as AppCaller } from '../../src/app/context.ts';
import { writeAboutCitizen } from '../../src/app/unitOfWork.ts';
import type { PersonContactFields } from '../../src/domain/personContact.ts';
import type { IsoDate } from '../../src/domain/types.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { akasse, fault, jobcenter, refusedWithoutWrites, star, type Caller } from '../support/soapHarness.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { list, newId } from './contactProcessCalls.ts';

const SERVICE = 'PersonContactService';
const ACTIVITY = '3f2504e0-4f89-41d3-9a0c-0000000a0001';

/** The jobcentre calling ActivityService. */
const activityCaller = (businessDate: IsoDate): AppCaller => ({
  actor: { kind: 'authority', organisationType: 8, organisationCode: '10100', userIdentifier: 'test', userType: 2 },
  user: null,
  businessDate,
  now: `${businessDate}T10:00:00+01:00`,
});

/** ActivityService's side: the jobcentre's activity for `cpr` brings a personal job broker (type 3). */
async function activityBringsJobBroker(
  db: Knex,
  cpr: string,
  businessDate: IsoDate,
  surname = 'Jobformidler',
  contactType = 3,
) {
  const caller = activityCaller(businessDate);
  const contact: PersonContactFields = {
    contactType,
    startDate: '2024-03-01',
    endDate: null,
    externalCaseWorkerId: null,
    givenName: 'Jens',
    surname,
    phone: null,
    email: null,
  };
  return writeAboutCitizen(
    db,
    caller,
    cpr,
    () => {},
    (w, citizen) => registerActivityContact(w, citizen, ACTIVITY, contact),
  );
}

const contactXml = (type: number, extra: Record<string, unknown> = {}) => ({
  PersonContactTypeIdentifier: type,
  StartDate: '2024-03-05T00:00:00',
  ContactPersonGivenName: 'Lone',
  ContactPersonSurname: 'Konsulent',
  ...extra,
});

eachDatabase('contact persons (PersonContactService)', '2024-03-04', contactProcessScenario, (h) => {
  const client = (caller: Caller) => h().client(SERVICE, caller);
  const create = async (caller: Caller, cpr: string | string[], contact: Record<string, unknown>) =>
    (
      await (
        await client(caller)
      ).CreatePersonContactAsync({
        PersonCivilRegistrationIdentifierCollection: { PersonCivilRegistrationIdentifier: cpr },
        PersonContact: contact,
      })
    )[0].ServiceReceipt.MessageIdentifier as string;
  const update = async (caller: Caller, cpr: string, contact: Record<string, unknown>) =>
    (await client(caller)).UpdatePersonContactAsync({
      PersonCivilRegistrationIdentifierCollection: { PersonCivilRegistrationIdentifier: cpr },
      PersonContact: contact,
    });
  const remove = async (caller: Caller, cpr: string, id: string) =>
    (await client(caller)).DeletePersonContactAsync({
      PersonCivilRegistrationIdentifier: cpr,
      PersonContactIdentifier: id,
    });
  const contacts = async (caller: Caller, cpr: string) =>
    list<any>(
      (await (await client(caller)).GetPersonContactsAsync({ PersonCivilRegistrationIdentifier: cpr }))[0]
        .PersonContactCollection?.PersonContact,
    );
  const rows = async () => h().db('person_contact').orderBy('id');

  test('R-OTH-06: the jobcentre registers a type-33 Fastholdelseskonsulent; the jobcentre, the a-kasse and STAR read it back', async () => {
    const id = await create(jobcenter(), KP.akassePeriod, contactXml(33, { TelephoneNumberIdentifier: '70121314' }));
    for (const reader of [jobcenter(), akasse(), star()]) {
      const [c] = await contacts(reader, KP.akassePeriod);
      assert.equal(c.PersonContactIdentifier, id);
      assert.equal(Number(c.PersonContactTypeIdentifier), 33);
      assert.equal(c.ContactPersonSurname, 'Konsulent');
      assert.equal(c.TelephoneNumberIdentifier, '70121314');
      assert.match(String(c.StartDate), /^2024-03-05/);
      assert.deepEqual(
        [Number(c.ResponsibleAuthority.OrganisationTypeIdentifier), String(c.ResponsibleAuthority.AuthorityCode)],
        [8, '10100'],
      );
    }
  });

  test('R-OTH-06: the day before release 2022-1 a type-33 contact is refused with 2002, nothing written; type 32 is accepted', async () => {
    h().clock.set('2022-03-13');
    const f = await refusedWithoutWrites(h().db, () => create(jobcenter(), KP.akassePeriod, contactXml(33)), '2002');
    assert.match(f.body, /R-OTH-06/);
    await create(jobcenter(), KP.akassePeriod, contactXml(32));
    assert.equal((await rows()).length, 1);
  });

  test("R-OTH-07: a type-3 contact from the jobcentre's activity is shown, and updating or deleting it through PersonContactService is 60016 with nothing written", async () => {
    const id = await activityBringsJobBroker(h().db, KP.akassePeriod, '2024-03-04');
    const [shown] = await contacts(jobcenter(), KP.akassePeriod);
    assert.deepEqual([shown.PersonContactIdentifier, shown.ActivityIdentifier], [id, ACTIVITY]);
    const byId = await refusedWithoutWrites(
      h().db,
      () => update(jobcenter(), KP.akassePeriod, { ...contactXml(3), PersonContactIdentifier: id }),
      '60016',
    );
    assert.equal(byId.text, 'Fagprofessionel kontakt kan kun opdateres via ActivityService');
    // "for the given role": the citizen's current type-3 contact is the activity's.
    await refusedWithoutWrites(h().db, () => update(jobcenter(), KP.akassePeriod, contactXml(3)), '60016');
    await refusedWithoutWrites(h().db, () => remove(jobcenter(), KP.akassePeriod, id), '60016');
    assert.equal((await rows())[0].surname, 'Jobformidler');
  });

  test('R-OTH-07: the same change through the activity (ActivityService’s hook) is accepted; deleting the activity removes its contact', async () => {
    const id = await activityBringsJobBroker(h().db, KP.akassePeriod, '2024-03-04');
    const again = await activityBringsJobBroker(h().db, KP.akassePeriod, '2024-03-04', 'Nyformidler');
    assert.equal(again, id);
    const [c] = await contacts(jobcenter(), KP.akassePeriod);
    assert.equal(c.ContactPersonSurname, 'Nyformidler');
    assert.equal((await rows()).length, 1);
    // The activity deleted: its contact goes with it, the service's own contacts stay.
    await create(jobcenter(), KP.akassePeriod, contactXml(33));
    const removed = await writeAboutCitizen(
      h().db,
      activityCaller('2024-03-04'),
      KP.akassePeriod,
      () => {},
      (w, citizen) => removeActivityContacts(w, citizen, ACTIVITY),
    );
    assert.equal(removed, 1);
    assert.deepEqual(
      (await contacts(jobcenter(), KP.akassePeriod)).map((x) => Number(x.PersonContactTypeIdentifier)),
      [33],
    );
  });

  test('R-OTH-07: before release 2022-1 the update was refused with the unspecified error 1100, nothing written', async () => {
    h().clock.set('2022-03-13');
    const id = await activityBringsJobBroker(h().db, KP.akassePeriod, '2022-03-13');
    await refusedWithoutWrites(
      h().db,
      () => update(jobcenter(), KP.akassePeriod, { ...contactXml(3), PersonContactIdentifier: id }),
      '1100',
    );
  });

  test("R-OTH-07: a type-3 contact PersonContactService created is the service's own: updated by role (by the a-kasse: the creating jobcentre stays responsible), ended and deleted", async () => {
    const id = await create(jobcenter(), KP.akassePeriod, contactXml(3));
    await update(
      akasse(),
      KP.akassePeriod,
      contactXml(3, { EndDate: '2024-06-30T00:00:00', ContactPersonSurname: 'Ny' }),
    );
    const [c] = await contacts(jobcenter(), KP.akassePeriod);
    assert.deepEqual([c.PersonContactIdentifier, c.ContactPersonSurname], [id, 'Ny']);
    // The a-kasse changed it; ResponsibleAuthority stays the jobcentre that created it.
    assert.deepEqual(
      [Number(c.ResponsibleAuthority.OrganisationTypeIdentifier), String(c.ResponsibleAuthority.AuthorityCode)],
      [8, '10100'],
    );
    assert.match(String(c.EndDate), /^2024-06-30/);
    await remove(jobcenter(), KP.akassePeriod, id);
    assert.deepEqual(await contacts(jobcenter(), KP.akassePeriod), []);
  });

  test('a mentor (15) or an udslusningskoordinator (2) comes from an activity: 5062 through PersonContactService; from the activity it is shown without an identifier', async () => {
    await refusedWithoutWrites(h().db, () => create(jobcenter(), KP.akassePeriod, contactXml(15)), '5062');
    await refusedWithoutWrites(h().db, () => create(jobcenter(), KP.akassePeriod, contactXml(2)), '5062');
    await activityBringsJobBroker(h().db, KP.akassePeriod, '2024-03-04', 'Mentor', 15);
    const [mentor] = await contacts(jobcenter(), KP.akassePeriod);
    assert.deepEqual(
      [Number(mentor.PersonContactTypeIdentifier), mentor.PersonContactIdentifier, mentor.ActivityIdentifier],
      [15, undefined, ACTIVITY],
    );
  });

  test('refusals write nothing: several citizens (5061), end before start (5064), unknown contact (5063), unknown type (2002), another jobcentre’s citizen (6005)', async () => {
    await refusedWithoutWrites(
      h().db,
      () => create(jobcenter(), [KP.akassePeriod, KP.afterPeriod], contactXml(33)),
      '5061',
    );
    await refusedWithoutWrites(
      h().db,
      () => create(jobcenter(), KP.akassePeriod, contactXml(33, { EndDate: '2024-03-04T00:00:00' })),
      '5064',
    );
    await refusedWithoutWrites(h().db, () => remove(jobcenter(), KP.akassePeriod, newId()), '5063');
    await refusedWithoutWrites(h().db, () => update(jobcenter(), KP.akassePeriod, contactXml(33)), '5063');
    await refusedWithoutWrites(h().db, () => create(jobcenter(), KP.akassePeriod, contactXml(99)), '2002');
    await refusedWithoutWrites(h().db, () => create(jobcenter(), KP.otherJobcenter, contactXml(33)), '6005');
  });

  test('update: the type cannot change (5066); two current contacts of the role need the identifier (5065); a taken identifier is 4977', async () => {
    const id = await create(jobcenter(), KP.akassePeriod, contactXml(33));
    await refusedWithoutWrites(
      h().db,
      () => update(jobcenter(), KP.akassePeriod, { ...contactXml(32), PersonContactIdentifier: id }),
      '5066',
    );
    await create(jobcenter(), KP.akassePeriod, contactXml(33));
    await refusedWithoutWrites(h().db, () => update(jobcenter(), KP.akassePeriod, contactXml(33)), '5065');
    await refusedWithoutWrites(
      h().db,
      () => create(jobcenter(), KP.akassePeriod, { ...contactXml(33), PersonContactIdentifier: id }),
      '4977',
    );
    const f = await fault(remove(jobcenter(), KP.afterPeriod, id));
    assert.equal(f.code, '5063', "another citizen's contact is unknown for this one");
  });
});
