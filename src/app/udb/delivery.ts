// Sends the queued messages to UDB (udb_message, in the order they were queued): each message once it is accepted;
// a failed message stays queued with its attempt counted, and the citizen's later messages wait behind it, so UDB
// never receives a citizen's messages out of order (R-NOT-15). Run by the nightly `udb` job when UDB_ENDPOINT is set.
import type { Knex } from 'knex';
import type { UdbClient } from '../../outbound/udb/client.ts';
import { markUdbMessageFailed, markUdbMessageSent, unsentUdbMessages } from '../../store/udbRepository.ts';

export interface UdbDeliveryResult {
  sent: number;
  failed: number;
}

const BATCH = 500;

export async function deliverUdbMessages(db: Knex, client: UdbClient, now: () => number): Promise<UdbDeliveryResult> {
  const result: UdbDeliveryResult = { sent: 0, failed: 0 };
  const held = new Set<string>();
  let afterSeq = 0;
  for (;;) {
    const batch = await unsentUdbMessages(db, afterSeq, BATCH);
    if (batch.length === 0) return result;
    for (const m of batch) {
      afterSeq = m.seq;
      if (held.has(m.cpr)) continue;
      try {
        await client.send(m);
        await markUdbMessageSent(db, m.seq, now());
        result.sent++;
      } catch (err) {
        await markUdbMessageFailed(db, m.seq, (err as Error).message);
        held.add(m.cpr);
        result.failed++;
      }
    }
  }
}
