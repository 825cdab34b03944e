import { randomUUID } from 'node:crypto';
import type { ServiceReceiptType } from '../contract/generated/types.ts';
import type { CallContext } from '../soap/operation.ts';

/** ServiceReceipt{EventDate, MessageIdentifier} (conventions.md §1.5); MessageIdentifier is the registration's id where it has one. */
export function receipt(ctx: Pick<CallContext, 'now'>, messageIdentifier: string = randomUUID()): { ServiceReceipt: ServiceReceiptType } {
  return { ServiceReceipt: { EventDate: ctx.now, MessageIdentifier: messageIdentifier } };
}
