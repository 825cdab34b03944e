// A citizen as the facade holds them on a date, for the console (src/console/): every row of every table with the
// citizen's CPR (the tables of ERASED_TABLES, src/store/citizenErasure.ts, so a new table with a CPR column shows
// up here with nothing more to do), each dated by its first date column, and the notifications filed about the
// citizen (outbox_message, with their receiver and delivery state). Read-only; rows dated after the chosen date
// are left out, undated rows are always shown.
import { ERASED_TABLES } from './citizenErasure.ts';
import type { Queryable } from './queryable.ts';

export type Row = Record<string, unknown>;

export interface TimelineEntry {
  /** The table the row is from (the kind of entry: absence, contact_group, summons, plan_version …). */
  table: string;
  /** Its date (YYYY-MM-DD…, as stored), null when the row has none. */
  date: string | null;
  /** The column the date was read from. */
  dateColumn: string | null;
  row: Row;
}

export interface CitizenTimeline {
  person: Row | null;
  /** Oldest first; undated entries last. */
  entries: TimelineEntry[];
  /** Notifications about the citizen (state: pending, delivered, dead …), oldest first. */
  notifications: Row[];
}

/** Preferred date columns, in order; otherwise the first column holding an ISO date. */
const DATE_COLUMNS = ['start_date', 'from_date', 'valid_from', 'meeting_start', 'deadline_date', 'date', 'created_at'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function dateOf(row: Row): { date: string | null; column: string | null } {
  const dated = (c: string) => typeof row[c] === 'string' && ISO_DATE.test(row[c]);
  const column = DATE_COLUMNS.find(dated) ?? Object.keys(row).find((c) => c !== 'cpr' && dated(c)) ?? null;
  return { date: column === null ? null : String(row[column]), column };
}

export async function citizenTimeline(q: Queryable, cpr: string, asOf: string): Promise<CitizenTimeline> {
  const person = ((await q('person').where({ cpr }).first()) as Row | undefined) ?? null;
  const entries: TimelineEntry[] = [];
  for (const table of ERASED_TABLES) {
    if (table === 'person') continue;
    for (const row of (await q(table).where({ cpr })) as Row[]) {
      const { date, column } = dateOf(row);
      if (date === null || date.slice(0, 10) <= asOf) entries.push({ table, date, dateColumn: column, row });
    }
  }
  entries.sort((a, b) =>
    a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1,
  );
  const notifications = (
    (await q('outbox_message')
      .select(
        'id',
        'message_type',
        'receiver_org_type',
        'receiver_org_code',
        'receiver_sub_queue',
        'entity_key',
        'created_at',
        'state',
        'delivered_at',
        'attempts',
        'last_error',
      )
      .where({ citizen_cpr: cpr })
      .orderBy('sequence')) as Row[]
  ).filter((n) => String(n.created_at).slice(0, 10) <= asOf);
  return { person, entries, notifications };
}
