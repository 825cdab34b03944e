// A retention policy (slettepolitik) of the scheduled deletion engine: which rows of one data area are due for
// deletion on a business date, by one rule of the seeds (R-DEL-…). The data area's owner writes its policy next
// to its application code (copy src/app/personContact/retention.ts: the rule's dates there, the queries that count
// and delete in the area's repository in src/store) and lists it in the engine's registry; the engine
// counts (dry run) or deletes in bounded batches, each batch in its own transaction, and records the run in job_run.
import type { Queryable, Transaction } from '../../store/queryable.ts';
import type { IsoDate } from '../../domain/types.ts';

export interface RetentionPolicy {
  /** The rule id it implements, e.g. 'R-DEL-05'. */
  ruleId: string;
  /** What it deletes and when, one line for the dry-run report. */
  what: string;
  /** How many rows (of its main table) are due on `today`. */
  countDue(db: Queryable, today: IsoDate): Promise<number>;
  /**
   * Deletes what is due on `today` (with dependent rows) — at most `limit` rows of its main table when a limit is
   * given (the engine's batch: it calls again until a batch comes back short) —; returns the count of its main
   * table's rows deleted. A policy that ignores the limit still works: its one batch takes everything.
   */
  deleteDue(trx: Transaction, today: IsoDate, limit?: number): Promise<number>;
  /** About how many rows one row of its main table takes with it (a citizen's erasure: all their data), so a
   *  batch of RETENTION_BATCH_ROWS rows asks it for that many fewer items; 1 when absent. */
  rowsPerItem?: number;
}
