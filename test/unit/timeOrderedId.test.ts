// Time-ordered audit ids (src/store/timeOrderedId.ts): RFC 9562 version 7, ordered as text in the order made.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeOrderedIds } from '../../src/store/timeOrderedId.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('a version 7 UUID whose first 48 bits are the Unix milliseconds', () => {
  const id = timeOrderedIds()(Date.UTC(2031, 0, 1));
  assert.match(id, V7);
  assert.ok(parseInt(id.slice(0, 8) + id.slice(9, 13), 16) >= Date.UTC(2031, 0, 1));
});

test('ids made one after another sort as text in the order made, within one millisecond and across them', () => {
  const t = Date.UTC(2032, 0, 1);
  const timeOrderedUuid = timeOrderedIds();
  const ids = [
    ...Array.from({ length: 5000 }, () => timeOrderedUuid(t)), // more than the 4,096 of one millisecond
    timeOrderedUuid(t + 1),
    timeOrderedUuid(t - 5), // the clock stepping back does not reorder them
    timeOrderedUuid(t + 10),
  ];
  for (const id of ids) assert.match(id, V7);
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(new Set(ids).size, ids.length);
});
