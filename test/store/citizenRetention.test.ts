// R-DEL-02 on every dialect: a deceased citizen's data are deleted by the deletion engine's policy once the death
// and the delivery to Rigsarkivet (the archive feed) are registered — from every table that holds the citizen,
// with the rows hanging off them, nothing of another citizen, and no table with a CPR column forgotten.
import assert from 'node:assert/strict';
import { contentOfBytes } from '../../src/domain/nuphDialog.ts';
import { insertDocument } from '../../src/store/documentRepository.ts';
import { beforeEach, test } from 'node:test';
import type { Knex } from 'knex';
import { recordArchiveDelivery } from '../../src/app/citizen/archiveDelivery.ts';
import { deceasedCitizenRetention } from '../../src/app/citizen/retention.ts';
import { CLEARED_COLUMNS, ERASED_TABLES, KEPT_TABLES } from '../../src/store/citizenErasure.ts';
import { describeEachDatabase } from '../support/databases.ts';

const DEAD = '0101401111'; // died 2024-01-10, data delivered 2024-02-01
const UNDELIVERED = '0101402222'; // died 2024-01-10, nothing delivered
const LIVING = '0101403333';

let serial = 0;
const id = () => `018f0000-0000-7000-8000-${String(++serial).padStart(12, '0')}`;

/** Rows about `cpr` in a table of every kind: the person's, the contact process's (a summons and its choice),
 *  NUPH and answer, activity and contact, messages and a document, a job-order candidacy and its log, an offer
 *  made for the citizen with its slot, a plan, a history row, an audit event. Returns the ids of the rows that
 *  hang off them without a CPR. */
async function seedCitizen(db: Knex, cpr: string, deceasedDate: string | null, shared: { jobOrder: string }) {
  await db('person').insert({
    cpr,
    birth_date: '1940-01-01',
    deceased_date: deceasedDate,
    jobcenter_code: '101',
    municipality_code: '101',
  });
  await db('contact_group').insert({ id: id(), cpr, contact_group: 1, start_date: '2023-01-01' });
  await db('absence').insert({
    id: id(),
    cpr,
    absence_type: 10,
    start_date: '2023-05-01',
    notification_date: '2023-05-01',
    active: true,
    created_by_dfdg: false,
    registered_by_kind: 'authority',
    registered_on: '2023-05-01',
  });
  const summons = id();
  await db('summons').insert({
    id: summons,
    cpr,
    interview_type: 1,
    start_time: '2023-06-01T10:00:00+02:00',
    organisation_type: 8,
    organisation_code: '10100',
    self_booked: false,
    version: 1,
    data: '{}',
  });
  await db('participation_choice').insert({ id: id(), cpr, summons_id: summons, data: '{}' });
  const nuph = id();
  const answer = id();
  await db('nuph').insert({
    id: nuph,
    cpr,
    akasse: '12345678',
    origin: 'jobcentre',
    event_date: '2023-06-01',
    notified_on: '2023-06-02',
    state: 'answered',
    data: '{}',
  });
  await db('nuph_answer').insert({ id: answer, nuph_id: nuph, answered_on: '2023-06-10', data: '{}' });
  await db('sanction').insert({
    id: id(),
    cpr,
    akasse: '81',
    reason: 1,
    limitation_date: '2026-01-01',
    registered_on: '2023-06-12',
    delete_from: '2032-01-01',
  });
  await db('availability_assessment').insert({
    id: id(),
    cpr,
    akasse: '81',
    incident_date: '2023-06-12',
    assessment_type: 51,
    date_field_1: '2023-06-12',
    date_field_2: '2023-06-12',
    response_to: nuph,
    answers_known_nuph: true,
    registered_on: '2023-06-12',
  });
  const activity = id();
  await db('activity').insert({ id: activity, cpr, start_date: '2023-01-01', version: 1, data: '{}' });
  await db('person_contact').insert({
    id: id(),
    cpr,
    contact_type: 15,
    start_date: '2023-01-01',
    activity_id: activity,
    authority_org_type: 8,
    authority_org_code: '10100',
  });
  const message = id();
  await db('citizen_message').insert({
    id: message,
    cpr,
    thread_id: message,
    message_type: 1,
    sender_org_type: 8,
    sender_org_code: '10100',
    sender_user_type: 2,
    sender_user_id: 'u',
    sender_user_name: 'U',
    headline: 'h',
    message_text: 't',
    created_at: '2023-06-01T10:00:00+02:00',
    business_date: '2023-06-01',
  });
  await db('citizen_message_document').insert({ id: id(), message_id: message, cpr, content: Buffer.from('pdf') });
  const candidate = id();
  await db('job_order_candidate').insert({
    id: candidate,
    job_order_id: shared.jobOrder,
    cpr,
    removed: false,
    version: 1,
    data: '{}',
  });
  await db('job_order_candidate_log').insert({
    job_order_id: shared.jobOrder,
    candidate_id: candidate,
    event_date: '2023-06-01T10:00:00+02:00',
    snapshot: '{}',
  });
  const offer = id();
  await db('online_offer').insert({
    id: offer,
    organisation_type: 8,
    organisation_code: '10100',
    interview_type: 1,
    cpr,
    data: '{}',
  });
  const slot = id();
  await db('offer_slot').insert({
    id: slot,
    offer_id: offer,
    start_time: '2023-06-01T10:00:00+02:00',
    end_time: '2023-06-01T10:30:00+02:00',
  });
  await db('plan_version').insert({
    id: id(),
    cpr,
    plan_type: 1,
    status: 'published',
    job_goals: '[]',
    draft_for_jobcenter: false,
    org_type: 8,
    org_code: '10100',
    created_at: '2023-06-01T10:00:00+02:00',
    last_modified: '2023-06-01T10:00:00+02:00',
  });
  await db('contact_history').insert({
    entity_kind: 'summons',
    entity_id: summons,
    cpr,
    version: 1,
    change_type: 1,
    changed_at: '2023-06-01T10:00:00+02:00',
    snapshot: '{}',
  });
  await db('audit_event').insert({
    id: id(),
    occurred_at: '2023-06-01T10:00:00+02:00',
    kind: 'read',
    cpr,
    organisation_type: 8,
    organisation_code: '10100',
    user_identifier: 'u',
    data_area: 'x',
    detail: '{}',
  });
  // a rehabilitation process with a document (R-PLAN-18): the document has no CPR of its own
  const rehabilitation = id();
  await db('rehabilitation_process').insert({ id: rehabilitation, cpr, start_date: '2023-01-01', end_date: null });
  const rehabilitationDocument = id();
  await db.transaction((trx) =>
    insertDocument(
      trx,
      {
        id: rehabilitationDocument,
        nuphId: null,
        ownerKind: 'rehabiliteringsforloeb',
        ownerId: rehabilitation,
        fileName: 'plan.pdf',
        contentType: 'application/pdf',
        sizeBytes: 4,
        sha256: 'x',
        storedOn: '2023-06-01',
        storedAt: '2023-06-01T10:00:00+02:00',
        storedBy: { organisationType: 8, organisationCode: '10100' },
      },
      contentOfBytes(Buffer.from('%PDF')),
    ),
  );
  return { summons, nuph, answer, candidate, offer, slot, rehabilitationDocument };
}

const count = async (q: Knex.QueryBuilder) => Number(((await q.count({ n: '*' })) as { n: number | string }[])[0]!.n);

/** The tables of the database that have a column named cpr or ending in _cpr, by dialect's catalogue. */
async function tablesWithCpr(db: Knex, dialect: string): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const add = (table: string, column: string) => {
    if (column === 'cpr' || column.endsWith('_cpr')) found.set(table, [...(found.get(table) ?? []), column]);
  };
  if (dialect === 'sqlite') {
    const tables = (await db('sqlite_master').select('name').where({ type: 'table' })) as { name: string }[];
    for (const { name } of tables.filter((t) => !t.name.startsWith('sqlite_') && !t.name.startsWith('knex_')))
      for (const c of (await db.raw(`pragma table_info('${name}')`)) as { name: string }[]) add(name, c.name);
  } else {
    const { rows } = (await db.raw(
      'select table_name, column_name from information_schema.columns where table_schema = current_schema()',
    )) as { rows: { table_name: string; column_name: string }[] };
    for (const r of rows) add(r.table_name, r.column_name);
  }
  return found;
}

describeEachDatabase('R-DEL-02 deceased citizens', (db, dialect) => {
  let seeded: Record<string, Awaited<ReturnType<typeof seedCitizen>>> = {};
  beforeEach(async () => {
    // this file's tables hold only its three citizens: start from none
    for (const table of ['nuph_answer', 'job_order_candidate_log', 'offer_slot', ...ERASED_TABLES, 'job_order'])
      await db()(table).del();
    const jobOrder = id();
    await db()('job_order').insert({
      id: jobOrder,
      cvr: '12345678',
      type: 1,
      status: 1,
      available_to_all: false,
      responsible_org_type: 8,
      version: 1,
      data: '{}',
    });
    seeded = {};
    for (const [cpr, died] of [
      [DEAD, '2024-01-10'],
      [UNDELIVERED, '2024-01-10'],
      [LIVING, null],
    ] as const)
      seeded[cpr] = await seedCitizen(db(), cpr, died, { jobOrder });
  });

  test('R-DEL-02: a citizen who died, with the data delivered to the archive, is deleted at the next run from every table; the undelivered and the living stay', async () => {
    assert.deepEqual(await recordArchiveDelivery(db(), DEAD, '2024-02-01'), {
      kind: 'recorded',
      deliveredOn: '2024-02-01',
    });
    // the deceased citizen was holding a slot of another citizen's offer, and its summons had booked one
    const heldSlot = seeded[LIVING]!.slot;
    await db()('offer_slot').where({ id: heldSlot }).update({ held_by_cpr: DEAD, held_until_ms: 1 });
    const bookedSlot = seeded[UNDELIVERED]!.slot;
    await db()('offer_slot').where({ id: bookedSlot }).update({ booked_summons_id: seeded[DEAD]!.summons });
    // the citizen's former CPR number (a CPR-number change, R-OTH-02) with a row of its own
    const FORMER = '0101404444';
    await db()('person').insert({
      cpr: FORMER,
      birth_date: '1940-01-01',
      jobcenter_code: '101',
      municipality_code: '101',
      replaced_by_cpr: DEAD,
    });
    await db()('contact_group').insert({ id: id(), cpr: FORMER, contact_group: 1, start_date: '2020-01-01' });
    const policy = deceasedCitizenRetention;
    assert.equal(await policy.countDue(db(), '2024-01-31'), 0, 'not before the delivery');
    assert.equal(await policy.countDue(db(), '2024-02-01'), 1);
    assert.equal(await db().transaction((trx) => policy.deleteDue(trx, '2024-02-01')), 1);

    const tables = await tablesWithCpr(db(), dialect);
    for (const [table, columns] of tables) {
      if (table in KEPT_TABLES) continue;
      for (const column of columns)
        assert.equal(await count(db()(table).where(column, DEAD)), 0, `${table}.${column} still holds the citizen`);
    }
    for (const table of ['person', 'contact_group'])
      assert.equal(await count(db()(table).where({ cpr: FORMER })), 0, `${table} of the former CPR number`);
    const dead = seeded[DEAD]!;
    assert.equal(await count(db()('nuph_answer').where({ id: dead.answer })), 0, "the NUPH's answer");
    assert.equal(await count(db()('job_order_candidate_log').where({ candidate_id: dead.candidate })), 0);
    assert.equal(await count(db()('offer_slot').where({ id: dead.slot })), 0, 'the slots of an offer for the citizen');
    assert.equal(
      await count(db()('nuph_document').where({ id: dead.rehabilitationDocument })),
      0,
      "the documents of the citizen's rehabilitation process",
    );
    assert.equal(await count(db()('nuph_document_chunk').where({ document_id: dead.rehabilitationDocument })), 0);
    // (a document file beside SQLite goes once the delete has committed: src/store/documentBytes.ts's own tests)
    assert.equal(await count(db()('audit_event').where({ cpr: DEAD })), 1, 'the access log follows D-147');

    for (const cpr of [UNDELIVERED, LIVING]) {
      for (const table of ['person', 'absence', 'summons', 'nuph', 'person_contact', 'citizen_message_document'])
        assert.equal(await count(db()(table).where({ cpr })), 1, `${table} of ${cpr}`);
      assert.equal(await count(db()('nuph_answer').where({ id: seeded[cpr]!.answer })), 1);
      assert.equal(await count(db()('offer_slot').where({ id: seeded[cpr]!.slot })), 1);
      assert.equal(await count(db()('nuph_document').where({ id: seeded[cpr]!.rehabilitationDocument })), 1);
    }
    const slots = (await db()('offer_slot')
      .select('id', 'held_by_cpr', 'booked_summons_id')
      .whereIn('id', [heldSlot, bookedSlot])
      .orderBy('id')) as Record<string, unknown>[];
    assert.deepEqual(
      slots.map((r) => [r.id, r.held_by_cpr, r.booked_summons_id]),
      [heldSlot, bookedSlot].sort().map((slot) => [slot, null, null]),
      'the slots the deceased held or booked are free again',
    );
    assert.equal(await policy.countDue(db(), '2030-01-01'), 0, 'nothing left due');
  });

  test('R-DEL-02: the archive feed records a delivery for a deceased citizen only, once (a repeat keeps the first date)', async () => {
    assert.deepEqual(await recordArchiveDelivery(db(), '0101409999', '2024-02-01'), { kind: 'unknown-citizen' });
    assert.deepEqual(await recordArchiveDelivery(db(), LIVING, '2024-02-01'), { kind: 'not-deceased' });
    assert.deepEqual(await recordArchiveDelivery(db(), UNDELIVERED, '2024-01-09'), { kind: 'not-deceased' });
    await recordArchiveDelivery(db(), UNDELIVERED, '2024-03-01');
    assert.deepEqual(await recordArchiveDelivery(db(), UNDELIVERED, '2024-04-01'), {
      kind: 'recorded',
      deliveredOn: '2024-03-01',
    });
    assert.equal(await deceasedCitizenRetention.countDue(db(), '2024-02-29'), 0);
    assert.equal(await deceasedCitizenRetention.countDue(db(), '2024-03-01'), 1);
  });

  test('every table with a CPR column is erased with a deceased citizen or kept by name under its own retention', async () => {
    const tables = await tablesWithCpr(db(), dialect);
    const placed = new Set<string>([...ERASED_TABLES, ...Object.keys(KEPT_TABLES), ...Object.keys(CLEARED_COLUMNS)]);
    const unplaced = [...tables.keys()].filter((t) => !placed.has(t)).sort();
    assert.deepEqual(unplaced, [], 'add each to ERASED_TABLES or KEPT_TABLES in src/store/citizenErasure.ts');
    for (const table of ERASED_TABLES) assert.ok(tables.get(table)?.includes('cpr'), `${table} has a cpr column`);
  });
});
