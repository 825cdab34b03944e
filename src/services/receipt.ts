import { randomUUID } from 'node:crypto';
import type { ServiceReceiptType } from '../contract/generated/types.ts';

/** ServiceReceipt{EventDate, MessageIdentifier} (conventions.md §1.5); MessageIdentifier is the registration's id where it has one. */
export function receipt(
  at: { now: string },
  messageIdentifier: string = randomUUID(),
): { ServiceReceipt: ServiceReceiptType } {
  return { ServiceReceipt: { EventDate: at.now, MessageIdentifier: messageIdentifier } };
}
