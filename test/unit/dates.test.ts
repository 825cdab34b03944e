// Copenhagen wall-clock time: the business date and the xs:dateTime stamps, across both DST changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copenhagenDate, copenhagenDateTime } from '../../src/domain/dates.ts';

test('winter time is +01:00, summer time +02:00', () => {
  assert.equal(copenhagenDateTime(new Date('2024-01-15T09:04:05.123Z')), '2024-01-15T10:04:05.123+01:00');
  assert.equal(copenhagenDateTime(new Date('2024-07-01T09:04:05.007Z')), '2024-07-01T11:04:05.007+02:00');
});

test('the spring change at 01:00 UTC on 31 Mar 2024: 01:59:59 +01:00, then 03:00:00 +02:00', () => {
  assert.equal(copenhagenDateTime(new Date('2024-03-31T00:59:59.999Z')), '2024-03-31T01:59:59.999+01:00');
  assert.equal(copenhagenDateTime(new Date('2024-03-31T01:00:00.000Z')), '2024-03-31T03:00:00.000+02:00');
});

test('the autumn change at 01:00 UTC on 27 Oct 2024: 02:59:59 +02:00, then 02:00:00 +01:00', () => {
  assert.equal(copenhagenDateTime(new Date('2024-10-27T00:59:59.000Z')), '2024-10-27T02:59:59.000+02:00');
  assert.equal(copenhagenDateTime(new Date('2024-10-27T01:00:00.000Z')), '2024-10-27T02:00:00.000+01:00');
});

test('the business date changes at Copenhagen midnight, not UTC midnight', () => {
  assert.equal(copenhagenDate(new Date('2024-01-14T22:59:59Z')), '2024-01-14');
  assert.equal(copenhagenDate(new Date('2024-01-14T23:00:00Z')), '2024-01-15');
  assert.equal(copenhagenDate(new Date('2024-06-30T22:00:00Z')), '2024-07-01');
});
