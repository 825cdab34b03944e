// The migrations on every dialect of the run: all applied, every table and column there, and
// reversible (down to nothing and up again). On empty databases, not copies of the run's template, so that
// openDatabase's own migrating is what is checked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrationSource, migrations } from '../../src/store/migrations/index.ts';
import { describeEachDatabase } from '../support/databases.ts';

const COLUMNS: Record<string, string[]> = {
  person: [
    'cpr',
    'birth_date',
    'deceased_date',
    'jobcenter_code',
    'municipality_code',
    'replaced_by_cpr',
    'cpr_status',
    'cpr_status_date',
  ],
  contact_group: ['id', 'cpr', 'contact_group', 'start_date', 'end_date'],
  akasse_membership: ['id', 'cpr', 'akasse_code', 'start_date', 'end_date'],
  benefits_account: [
    'cpr',
    'akasse_code',
    'insurance_type',
    'grading_date',
    'offset_hours',
    'reference_period_end_date',
    'consumed_hours',
    'missing_hours_for_regrading',
    'rate_per_month',
    'calculation_date',
  ],
  enrollment: ['id', 'cpr', 'client_category', 'enrollment_date', 'end_date', 'end_reason'],
  absence: [
    'id',
    'cpr',
    'absence_type',
    'start_date',
    'end_date',
    'notification_date',
    'comment',
    'end_reason',
    'active',
    'created_by_dfdg',
    'registered_by_kind',
    'registered_by_org_type',
    'registered_by_org_code',
    'registered_by_user',
    'registered_by_user_type',
    'registered_by_process',
    'registered_on',
    'deleted_on',
  ],
  outbox_message: [
    'id',
    'sequence',
    'message_type',
    'message_version',
    'receiver_org_type',
    'receiver_org_code',
    'receiver_sub_queue',
    'citizen_cpr',
    'entity_key',
    'created_at',
    'state',
    'wsrm_sequence_id',
    'delivered_at',
  ],
  outbox_payload: ['message_id', 'payload'],
  wsrm_sequence: [
    'id',
    'receiver_org_type',
    'receiver_org_code',
    'receiver_sub_queue',
    'state',
    'created_at',
    'ended_at',
  ],
  job_run: [
    'job_name',
    'slot',
    'business_date',
    'outcome',
    'owner',
    'attempt',
    'started_at',
    'ended_at',
    'counts',
    'error',
  ],
};

describeEachDatabase(
  'migrations',
  (db) => {
    test('openDatabase applied every migration, nothing is pending', async () => {
      const [completed, pending] = (await db().migrate.list({ migrationSource })) as [{ name: string }[], unknown[]];
      assert.deepEqual(
        completed.map((m) => m.name),
        migrations.map((m) => m.name),
      );
      assert.deepEqual(pending, []);
    });

    test('every table and column of the data model exists', async () => {
      for (const [table, columns] of Object.entries(COLUMNS)) {
        assert.ok(await db().schema.hasTable(table), `table ${table}`);
        for (const column of columns) assert.ok(await db().schema.hasColumn(table, column), `${table}.${column}`);
      }
    });

    test('outbox state defaults to pending', async () => {
      await db()('outbox_message').insert({
        id: crypto.randomUUID(),
        message_type: 'T',
        message_version: 1,
        receiver_org_type: 8,
        receiver_org_code: '10100',
        entity_key: 'k',
        created_at: '2024-01-01T00:00:00+01:00',
      });
      const row = await db()('outbox_message').first('state', 'sequence');
      assert.equal(row.state, 'pending');
      assert.equal(Number(row.sequence), 1);
      await db()('outbox_message').del();
    });

    test('migrations roll back to nothing and apply again', async () => {
      await db().migrate.rollback({ migrationSource }, true);
      for (const table of Object.keys(COLUMNS))
        assert.equal(await db().schema.hasTable(table), false, `${table} dropped`);
      await db().migrate.latest({ migrationSource });
      for (const table of Object.keys(COLUMNS)) assert.ok(await db().schema.hasTable(table), `${table} recreated`);
    });
  },
  { fresh: true },
);
