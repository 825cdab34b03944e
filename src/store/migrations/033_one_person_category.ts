// One source of truth for the citizen's applicant/recipient state (D-265, amending D-244 and D-258): the feeds'
// registration category periods (`registration_category`, migration 030: KY's 'Ydelse er givet', the 19-day batch)
// become person category periods 2 'Ansøger' / 3 'Modtager' (`person_category`, migration 031, what
// PersonRegistrationService exposes), and `registration_category` is dropped. A registration period is moved for
// the days no person category covers already (a jobcentre's registration wins where the two overlap: two periods
// may not be open on one day); the moved rows are DFDG's own (organisation type 0, code 'DFDG'), registered on
// their start date. Also the citizen's CPR status (R-BAT-15): 'udrejst' (emigrated) or 'forsvundet' (missing)
// from a date, as CPR reported it, on the person row.
import type { Knex } from 'knex';

type Row = Record<string, unknown>;

const CATEGORY = { ansoeger: 2, modtager: 3 } as const;
const NAME: Record<number, string> = { 2: 'ansoeger', 3: 'modtager' };
const LAST = '9999-12-31';

function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The parts of [start, end] (end null: open) that no period of `taken` covers. */
export function uncoveredParts(
  start: string,
  end: string | null,
  taken: readonly { start: string; end: string | null }[],
): { start: string; end: string | null }[] {
  let parts = [{ start, end }];
  for (const t of taken) {
    const tEnd = t.end ?? LAST;
    parts = parts.flatMap((p) => {
      const pEnd = p.end ?? LAST;
      if (t.start > pEnd || tEnd < p.start) return [p];
      const left = t.start > p.start ? [{ start: p.start, end: addDays(t.start, -1) }] : [];
      const right = tEnd < pEnd ? [{ start: addDays(tEnd, 1), end: p.end }] : [];
      return [...left, ...right];
    });
  }
  return parts;
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('person', (t) => {
    /** CPR's status of the citizen: 'udrejst' or 'forsvundet' (null: neither). */
    t.string('cpr_status', 20).nullable();
    t.string('cpr_status_date', 10).nullable();
  });
  await knex.schema.alterTable('person_category', (t) => {
    // the 19-day batch's candidates: open applicant periods (R-BAT-02)
    t.index(['category', 'end_date', 'start_date']);
  });
  const periods = (await knex('registration_category').orderBy(['cpr', 'start_date', 'id'])) as Row[];
  const byCpr = new Map<string, Row[]>();
  for (const p of periods) byCpr.set(String(p.cpr), [...(byCpr.get(String(p.cpr)) ?? []), p]);
  for (const [cpr, rows] of byCpr) {
    const taken = ((await knex('person_category').where({ cpr })) as Row[]).map((r) => ({
      start: String(r.start_date),
      end: r.end_date === null ? null : String(r.end_date),
    }));
    for (const r of rows) {
      const parts = uncoveredParts(String(r.start_date), r.end_date === null ? null : String(r.end_date), taken);
      for (const [i, part] of parts.entries())
        await knex('person_category').insert({
          // the first part keeps the registration period's id
          id: i === 0 ? String(r.id) : crypto.randomUUID(),
          cpr,
          category: CATEGORY[String(r.category) as keyof typeof CATEGORY],
          start_date: part.start,
          end_date: part.end,
          org_type: 0,
          org_code: 'DFDG',
          registered_on: part.start,
        });
    }
  }
  await knex.schema.dropTable('registration_category');
}

export async function down(knex: Knex): Promise<void> {
  // first, while no table references person's rows from this migration (SQLite rebuilds the table to drop columns)
  await knex.schema.alterTable('person', (t) => {
    t.dropColumn('cpr_status_date');
    t.dropColumn('cpr_status');
  });
  await knex.schema.createTable('registration_category', (t) => {
    t.string('id', 36).primary();
    t.string('cpr', 10).notNullable().references('cpr').inTable('person');
    t.string('category', 20).notNullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).nullable();
    t.index(['cpr', 'start_date', 'id']);
  });
  const moved = (await knex('person_category').whereIn('category', [2, 3]).where({ org_code: 'DFDG' })) as Row[];
  for (const r of moved)
    await knex('registration_category').insert({
      id: r.id,
      cpr: r.cpr,
      category: NAME[Number(r.category)],
      start_date: r.start_date,
      end_date: r.end_date,
    });
  await knex('person_category').whereIn('category', [2, 3]).where({ org_code: 'DFDG' }).delete();
  await knex.schema.alterTable('person_category', (t) => {
    t.dropIndex(['category', 'end_date', 'start_date']);
  });
}
