// Group commit on the one SQLite connection. A COMMIT was the largest single cost of a write (~300 µs of a
// CreateIndkaldelse's ~550 µs of SQL: SQLite appends the transaction's pages to the WAL and updates its index),
// so the write transactions of requests that queue for the connection at the same time share one SQLite
// transaction and one COMMIT:
//
// - the connection is handed out in arrival order (a FIFO, so 200 writers about one citizen are served in turn:
//   nobody starves);
// - a unit of work (a *member*) runs inside `SAVEPOINT member` of the group's transaction (BEGIN IMMEDIATE by the
//   first member); on success it is RELEASEd, on failure rolled back to the savepoint alone — the other members
//   keep their rows — and the connection passes to the next waiter;
// - the group COMMITs when the next waiter is not a member (a plain query or knex transaction: it must never see
//   the group's uncommitted rows), when the group has MAX_GROUP members, or when nobody waits at the end of the
//   event loop's turn (setImmediate);
// - every member settles only after the COMMIT that holds its rows (a failed member too: its fault may rest on
//   rows of the group); a failed COMMIT fails exactly the members of that group.
//
// Reads never see a group's rows before its COMMIT: every other use of the connection (knex queries, the outbox
// dispatcher, WSRM, audit of reads) commits the open group first, and the read-only snapshot connection of
// src/store/citizenReader.ts sees committed transactions only. Other processes on the same file wait for the
// group's write lock (BEGIN IMMEDIATE, busy_timeout) as they waited for single transactions before.

/** The part of a better-sqlite3 connection group commit needs. */
export interface GroupConnection {
  prepare(sql: string): { run(bindings: unknown[]): unknown };
  readonly inTransaction: boolean;
}

/** Members per group at most: bounds how long the first member of a busy group waits for its answer. */
export const MAX_GROUP = 64;

interface Waiter {
  member: boolean;
  start: () => void;
}

interface Member {
  committed: () => void;
  failed: (error: unknown) => void;
}

export class GroupCommit {
  private busy = false;
  private readonly waiting: Waiter[] = [];
  /** The members of the open SQLite transaction; null when none is open. */
  private group: Member[] | null = null;
  private commitScheduled = false;
  private readonly statements = new Map<string, { run(bindings: unknown[]): unknown }>();
  /** Groups committed and the members they held (a failed COMMIT's included). */
  readonly stats = { groups: 0, members: 0 };

  constructor(
    private readonly connection: GroupConnection,
    private readonly maxGroup = MAX_GROUP,
  ) {}

  /** The connection for anything but a member (a knex query or transaction): after the open group commits. */
  acquire(): Promise<void> {
    return this.turn(false);
  }

  release(): void {
    this.next();
  }

  /**
   * Runs `work` as a member of the open group (or of a new one). It resolves or rejects with `work`'s outcome
   * once the group committed; it rejects with the COMMIT's error when the group failed to commit.
   * `work` is given the promise of that commit (for effects after it, such as waking the push dispatcher, or removing
   * a document file whose row did not stay): it rejects when the member's own rows were rolled back.
   */
  async member<T>(work: (committed: Promise<void>) => Promise<T>): Promise<T> {
    await this.turn(true);
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      if (!this.group) {
        this.run('BEGIN IMMEDIATE');
        this.group = [];
      }
      this.run('SAVEPOINT member');
    } catch (error) {
      this.next();
      throw error;
    }
    const group = this.group;
    const settled = new Promise<void>((committed, failed) => group.push({ committed, failed }));
    settled.catch(() => {});
    let kept = false;
    const ownRowsCommitted = settled.then(() => {
      if (!kept) throw new Error('the unit of work was rolled back');
    });
    ownRowsCommitted.catch(() => {});
    try {
      outcome = { ok: true, value: await work(ownRowsCommitted) };
      this.run('RELEASE member');
      kept = true;
    } catch (error) {
      outcome = { ok: false, error };
      this.rollBackMember(error);
    }
    this.next();
    if (!outcome.ok) {
      await settled.catch(() => {});
      throw outcome.error;
    }
    await settled;
    return outcome.value;
  }

  /** Commits the open group now (closing the database). */
  flush(): void {
    if (this.group && !this.busy) this.commit();
  }

  private rollBackMember(error: unknown): void {
    if (this.connection.inTransaction) {
      try {
        this.run('ROLLBACK TO member');
        this.run('RELEASE member');
        return;
      } catch {
        // fall through: the transaction is unusable, the whole group goes
      }
    }
    // SQLite rolled back the whole transaction itself (an I/O error, a full disk): the group's rows are gone.
    const members = this.group ?? [];
    this.group = null;
    if (this.connection.inTransaction) this.tryRun('ROLLBACK');
    for (const m of members) m.failed(error);
  }

  private turn(member: boolean): Promise<void> {
    if (this.busy) return new Promise((start) => this.waiting.push({ member, start }));
    this.busy = true;
    this.commitBefore(member);
    return Promise.resolve();
  }

  /** Hands the connection to the next waiter in arrival order, committing the group first when it must. */
  private next(): void {
    const waiter = this.waiting.shift();
    if (!waiter) {
      this.busy = false;
      if (this.group) this.scheduleCommit();
      return;
    }
    this.commitBefore(waiter.member);
    waiter.start();
  }

  private commitBefore(member: boolean): void {
    if (this.group && (!member || this.group.length >= this.maxGroup)) this.commit();
  }

  private scheduleCommit(): void {
    if (this.commitScheduled) return;
    this.commitScheduled = true;
    setImmediate(() => {
      this.commitScheduled = false;
      // a member holding the connection now commits the group (or schedules this again) when it is done
      if (!this.busy && this.group) this.commit();
    });
  }

  private commit(): void {
    const members = this.group!;
    this.group = null;
    this.stats.groups++;
    this.stats.members += members.length;
    try {
      this.run('COMMIT');
    } catch (error) {
      if (this.connection.inTransaction) this.tryRun('ROLLBACK');
      for (const m of members) m.failed(error);
      return;
    }
    for (const m of members) m.committed();
  }

  private run(sql: string): void {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.connection.prepare(sql)));
    statement.run([]);
  }

  private tryRun(sql: string): void {
    try {
      this.run(sql);
    } catch {
      // nothing more to undo
    }
  }
}
