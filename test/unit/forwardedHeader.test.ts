// RFC 7239 `Forwarded` as src/soap/publicBaseUrl.ts reads it (D-157): the first element's parameters, names
// lower-cased, quoted values unquoted; null for anything that is not the RFC's syntax.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstForwardedElement } from '../../src/soap/publicBaseUrl.ts';

const read = (h: string | undefined) => {
  const r = firstForwardedElement(h);
  return r === null ? null : { ...r };
};

test('the first element of a Forwarded header, its parameters by lower-case name', () => {
  assert.deepEqual(read(undefined), {});
  assert.deepEqual(read('  '), {});
  assert.deepEqual(read('for=192.0.2.60;proto=http;by=203.0.113.43'), {
    for: '192.0.2.60',
    proto: 'http',
    by: '203.0.113.43',
  });
  assert.deepEqual(read('For="[2001:db8:cafe::17]:4711"; HOST="a.example:8443" , for=10.0.0.1;host=b'), {
    for: '[2001:db8:cafe::17]:4711',
    host: 'a.example:8443',
  });
  assert.deepEqual(read('host="a\\"b";;proto=https;'), { host: 'a"b', proto: 'https' });
  assert.deepEqual(read('for=unknown, host=second'), { for: 'unknown' });
});

test('what is not RFC 7239 syntax is null: a pair without "=", a repeated parameter, an unterminated quote, a bare space', () => {
  for (const bad of [
    'proto',
    'proto https',
    'host=a;host=b',
    'host="a',
    'host=a b',
    'host=a"b',
    '=x',
    'constructor=1;constructor=2',
  ]) {
    assert.equal(firstForwardedElement(bad), null, bad);
  }
  assert.deepEqual(read('constructor=x'), { constructor: 'x' });
});
