// Where transactions open. Every change — an authority's SOAP call, a DFDG job, a CLI command — runs as one
// unit of work: one transaction holding the state rows and the outbox rows, with a WriteContext for the
// change functions. A write about a citizen first holds that citizen (other writers about them wait), loads
// them, lets the caller check access, and refuses an authority's write about a deceased citizen (4405).
import type { Knex } from 'knex';
import type { CitizenState } from '../domain/types.ts';
import { fault, type FaultName } from '../faults/catalogue.ts';
import { outboxWriter } from '../outbox/outboxWriter.ts';
import { loadCitizenStateForUpdate } from '../store/citizenRepository.ts';
import { writeTransaction } from '../store/writeTransaction.ts';
import { refuseWritesAboutDeceased } from './citizen/deceased.ts';
import type { Caller, ReadContext, WriteContext } from './context.ts';

/** Runs `work` in one transaction; it commits when `work` resolves and rolls back (outbox rows included) when it
 *  throws, and settles after the commit (on SQLite a group commit: src/store/groupCommit.ts). */
export function inTransaction<T>(db: Knex, caller: Caller, work: (w: WriteContext) => Promise<T>): Promise<T> {
  return writeTransaction(db, (trx) => work({ ...caller, trx, outbox: outboxWriter(trx, caller.now) }));
}

/** Holds the citizen for the rest of the transaction and loads their state (with the absences of `absenceTypes`
 *  only, when given); null when DFDG does not know the CPR. */
export function holdCitizen(
  w: WriteContext,
  cpr: string,
  absenceTypes?: ReadonlySet<number>,
): Promise<CitizenState | null> {
  return loadCitizenStateForUpdate(w.trx, cpr, absenceTypes);
}

/**
 * A write about one citizen: hold and load them (1010 when unknown), `check` them (access), refuse an
 * authority's write about a deceased citizen (4405), then `work`. `absenceTypes`: the only absences `work` reads
 * (a write whose rules look at a few types loads those, not the citizen's whole history); all without it.
 */
export function writeAboutCitizen<T>(
  db: Knex,
  caller: Caller,
  cpr: string,
  check: (citizen: CitizenState) => void,
  work: (w: WriteContext, citizen: CitizenState) => Promise<T>,
  unknownCitizen: FaultName = 'UnknownCpr',
  absenceTypes?: ReadonlySet<number>,
): Promise<T> {
  return inTransaction(db, caller, (w) => aboutCitizen(w, cpr, check, work, unknownCitizen, absenceTypes));
}

/** `writeAboutCitizen`'s steps in a unit of work already open (after the idempotency look-up, say). */
export async function aboutCitizen<T>(
  w: WriteContext,
  cpr: string,
  check: (citizen: CitizenState) => void,
  work: (w: WriteContext, citizen: CitizenState) => Promise<T>,
  unknownCitizen: FaultName = 'UnknownCpr',
  absenceTypes?: ReadonlySet<number>,
): Promise<T> {
  const citizen = await holdCitizen(w, cpr, absenceTypes);
  if (!citizen) throw fault(unknownCitizen);
  check(citizen);
  if (w.actor.kind === 'authority') refuseWritesAboutDeceased(citizen, w.businessDate);
  return work(w, citizen);
}

export function readContext(db: Knex, caller: Caller): ReadContext {
  return { ...caller, db };
}
