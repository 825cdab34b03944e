// The WSRM items of one change to several receivers (src/outbox/wsrmMetadata.ts, `wsrmItems`): written once, each
// item its own message id — in its outbox row and as WSRMMetadata/MessageIdentifier in its payload
// (notifications-wsrm-wsb.md §2.2: "Every queued item gets a GUID MessageIdentifier") — and otherwise the same
// bytes as the item written for that receiver alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GetContactGroupTypeElement } from '../../src/contract/generated/services.ts';
import type { Actor } from '../../src/domain/types.ts';
import { wsrmItem, wsrmItems } from '../../src/outbox/wsrmMetadata.ts';
import type { Receiver } from '../../src/rules/index.ts';

const message = { type: 'GetContactGroupVersion4', version: 4 } as const;
const about = { cpr: '0101901234', entityKey: '17' };
const content = {
  PersonCivilRegistrationIdentifier: '0101901234',
  ContactGroupIdentifier: '17',
  ContactGroupTypeIdentifier: 2,
  StartDate: '2025-03-03',
};
const actor: Actor = {
  kind: 'authority',
  organisationType: 8,
  organisationCode: '10100',
  userIdentifier: 'CVR:12345678-UUID:3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  userType: 2,
};
const by = { actor, user: null };
const receivers: Receiver[] = [
  { organisationType: 2, organisationCode: '101', subQueue: null },
  { organisationType: 4, organisationCode: '101', subQueue: null },
  { organisationType: 4, organisationCode: '101', subQueue: 'ydelse' },
];
const messageIdOf = (payload: string) => /:MessageIdentifier>([^<]+)</.exec(payload)?.[1];

test('each receiver gets its own item: its own message id in its row and its payload', () => {
  const items = wsrmItems(message, GetContactGroupTypeElement, about, content, receivers, by);
  assert.deepEqual(
    items.map((i) => i.receiver),
    receivers,
  );
  const ids = items.map((i) => i.id!);
  assert.equal(new Set(ids).size, receivers.length);
  for (const item of items) {
    assert.equal(messageIdOf(item.payload), item.id);
    assert.equal(item.payload.split(item.id!).length, 2, 'the id occurs once');
    assert.equal(item.messageType, 'GetContactGroupVersion4');
    assert.equal(item.citizenCpr, about.cpr);
    assert.equal(item.entityKey, about.entityKey);
  }
});

test('an item written once for several receivers is the item written for its receiver alone, but for its id', () => {
  const items = wsrmItems(message, GetContactGroupTypeElement, about, content, receivers, by);
  for (const [i, item] of items.entries()) {
    const alone = wsrmItem(message, GetContactGroupTypeElement, about, content, receivers[i]!, by);
    assert.equal(item.payload.replace(item.id!, 'ID'), alone.payload.replace(alone.id!, 'ID'));
  }
});

test('no receivers, no items', () => {
  assert.deepEqual(wsrmItems(message, GetContactGroupTypeElement, about, content, [], by), []);
});
