// WsrmMessageService names every operation Get<Name>Version<N> (notifications-wsrm-wsb.md §4.1 [F]) and a WSRM
// queue carries only message types a receiver can fetch by that name: the WSDL's operations, the adapter's
// operations (= the message types a sequence announces as ServiceName) and the codegen's item elements agree.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { servedMessageTypes } from '../../src/services/WsrmMessageService/index.ts';

const wsdl = fs.readFileSync(new URL('../../wsdl/WsrmMessageService.wsdl', import.meta.url), 'utf8');
const codegen = fs.readFileSync(new URL('../../scripts/codegen/main.ts', import.meta.url), 'utf8');
const GET_VERSION = /^Get[A-Z]\w*Version\d+$/;

test('every WsrmMessageService operation in the WSDL is Get<Name>Version<N>', () => {
  const operations = [...new Set([...wsdl.matchAll(/<wsdl:operation name="([^"]+)"/g)].map((m) => m[1]!))];
  assert.ok(operations.length > 0);
  assert.deepEqual(
    operations.filter((o) => !GET_VERSION.test(o)),
    [],
  );
  assert.deepEqual([...servedMessageTypes].sort(), [...operations].sort(), 'the adapter serves exactly the WSDL');
});

test("every WSRM item element of the codegen's EXTRA_ELEMENTS belongs to a Get<Name>Version<N> operation", () => {
  const items = [...codegen.matchAll(/local: '(Get\w+Type)'/g)].map((m) => m[1]!);
  assert.ok(items.length > 0);
  for (const item of items) {
    const name = item.slice(0, -'Type'.length);
    assert.ok(
      servedMessageTypes.some((op) => new RegExp(`^${name}Version\\d+$`).test(op)),
      `${item} has no ${name}Version<N> operation`,
    );
  }
});
