// What every change to a citizen's contact process needs: the transaction, the citizen and their contact
// process as loaded in it, who acts (an authority, or DFDG itself) and when.
import type { Knex } from 'knex';
import type { RequestUserMetadataType } from '../../contract/generated/types.ts';
import type { ContactProcessState } from '../../domain/contactProcess.ts';
import type { Actor, CitizenState, IsoDate } from '../../domain/types.ts';
import type { CallContext } from '../../soap/operation.ts';
import { loadContactProcess } from '../../store/contactProcessRepository.ts';
import type { Registration } from '../../outbox/contactProcessMessages.ts';

export interface ContactChangeContext {
  db: Knex;
  citizen: CitizenState;
  process: ContactProcessState;
  actor: Actor;
  user: RequestUserMetadataType | null;
  businessDate: IsoDate;
  now: string;
}

/** The change context of a SOAP call about the citizen the pipeline loaded. */
export async function contactContext(ctx: CallContext): Promise<ContactChangeContext> {
  const citizen = ctx.citizen!;
  return {
    db: ctx.db,
    citizen,
    process: await loadContactProcess(ctx.db, citizen.person.cpr),
    actor: ctx.actor,
    user: ctx.userMetadata,
    businessDate: ctx.businessDate,
    now: ctx.now,
  };
}

export const registration = (c: ContactChangeContext): Registration => ({ actor: c.actor, user: c.user, now: c.now });
