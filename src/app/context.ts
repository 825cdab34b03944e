// What application code is given: who acts and when, and either a read-only view of the database or a write
// transaction with its outbox. Change functions take a WriteContext; a read operation only ever has a
// ReadContext, so it cannot reach a change function or the outbox (the types refuse it).
import type { Knex } from 'knex';
import type { Actor, IsoDate, RegisteringUser } from '../domain/types.ts';
import type { OutboxWriter } from '../outbox/outboxWriter.ts';

export interface Caller {
  /** An authority through a SOAP call, or DFDG itself in one of its own processes. */
  readonly actor: Actor;
  /** The user the authority's request names; null when DFDG acts. */
  readonly user: RegisteringUser | null;
  /** The business date (test clock or today in Copenhagen). */
  readonly businessDate: IsoDate;
  /** The instant of the call, xs:dateTime with offset. */
  readonly now: string;
  /** The SOAP request this work serves (its x-request-id and log line); absent in DFDG's own processes. */
  readonly requestId?: string;
  /** The SOAP operation this work serves (the audit trail records it); absent in DFDG's own processes. */
  readonly soapCall?: SoapCallIdentity;
}

export interface SoapCallIdentity {
  readonly service: string;
  readonly operation: string;
  /** The client certificate the call came with (its RID, as registered with `cert add`); null with TLS=off. */
  readonly certificate: string | null;
}

export interface ReadContext extends Caller {
  /** The database, for queries; store writes need a transaction and do not accept it. */
  readonly db: Knex;
}

export interface WriteContext extends Caller {
  /** The one transaction of this change: state rows and outbox rows commit together or not at all. */
  readonly trx: Knex.Transaction;
  readonly outbox: OutboxWriter;
}

/** DFDG itself acting in one of its processes (a nightly job, a CPR event) on `businessDate`. */
export function dfdgCaller(process: string, businessDate: IsoDate, now: string): Caller {
  return { actor: { kind: 'dfdg', process }, user: null, businessDate, now };
}
