// One WSRM item for several receivers: each receiver's copy is the same XML but for its MessageIdentifier
// (WSRMMetadata, notifications-wsrm-wsb.md §2.2), so the item is serialised once, with a stand-in id, and each
// copy is that text with its own id put in — byte for byte what serialising each copy would give
// (test/unit/wsrmPayloads.test.ts).
import { newMessageId } from './outbox.ts';

/** The id the item is serialised with; a uuid no message gets (newMessageId makes version 7 uuids). */
const STAND_IN = '00000000-0000-4000-8000-000000000000';

export interface IdentifiedPayload {
  id: string;
  payload: string;
}

/**
 * `count` new message ids, each with the payload `write(id)` makes. `write` runs once when the stand-in id occurs
 * exactly once in its text; else (the stand-in also in the item's data) once per id.
 */
export function payloadsWithIds(count: number, write: (id: string) => string): IdentifiedPayload[] {
  const ids = Array.from({ length: count }, () => newMessageId());
  if (count < 2) return ids.map((id) => ({ id, payload: write(id) }));
  const parts = write(STAND_IN).split(STAND_IN);
  if (parts.length !== 2) return ids.map((id) => ({ id, payload: write(id) }));
  const [before, after] = parts as [string, string];
  return ids.map((id) => ({ id, payload: before + id + after }));
}
