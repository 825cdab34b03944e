// One WSRM item for several receivers is serialised once and each copy gets its own MessageIdentifier
// (src/outbox/wsrmPayloads.ts): every copy must be exactly what serialising it with its id gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GetIndkaldelseTypeElement } from '../../src/contract/generated/services.ts';
import type { IndkaldelseInfoType } from '../../src/contract/generated/types.ts';
import { SharedValue, writeElement } from '../../src/contract/xmlWriter.ts';
import { payloadsWithIds } from '../../src/outbox/wsrmPayloads.ts';

const STAND_IN = '00000000-0000-4000-8000-000000000000';

const info = (title: string): IndkaldelseInfoType => ({
  Indkaldelse: {
    BookingIdentifier: '6f1c3a52-1d2b-4e0f-9a77-0d8f2c5b9e11',
    CitizenShouldAcceptBooking: false,
    AcceptedBooking: true,
    ReBookingPossible: false,
    CancellationPossible: true,
    SelfBooked: false,
    CompulsoryAttendance: true,
    BookingStartTime: '2025-03-20T10:00:00+01:00',
    InterviewTypeIdentifier: 7,
    InterviewFormTypeIdentifier: 1,
    InterviewContactTypeIdentifier: 1,
    InterviewTitle: title,
  },
  BookingOriginator: { OrganisationCode: 10100, OrganisationTypeIdentifier: 8 },
  VersionIdentifier: 1,
  Aflyst: false,
  AflystAfDfdg: false,
  Myndighedsdeltagere: { Myndighedsdeltager: [] },
});

/** A GetIndkaldelseVersion1 item as src/outbox/contactProcessMessages.ts writes it, its title any text a caller
 *  sends (the body a SharedValue, as there). */
const summonsItem = (title: string) => {
  const shared = new SharedValue(info(title));
  return (id: string) =>
    writeElement(
      {
        WSRMMetadata: { MessageIdentifier: id },
        PersonCivilRegistrationIdentifier: '0101900000',
        IndkaldelseInfo: shared,
      },
      GetIndkaldelseTypeElement,
    );
};
/** The same item serialised from scratch, nothing shared. */
const alone = (title: string, id: string) =>
  writeElement(
    {
      WSRMMetadata: { MessageIdentifier: id },
      PersonCivilRegistrationIdentifier: '0101900000',
      IndkaldelseInfo: info(title),
    },
    GetIndkaldelseTypeElement,
  );

function counted(write: (id: string) => string): { write: (id: string) => string; calls: () => number } {
  let calls = 0;
  return {
    write: (id) => {
      calls++;
      return write(id);
    },
    calls: () => calls,
  };
}

test('three receivers: one serialisation, each copy byte for byte its own serialisation with a distinct new id', () => {
  const w = counted(summonsItem('Jobsamtale & <CV>'));
  const items = payloadsWithIds(3, w.write);
  assert.equal(w.calls(), 1);
  assert.equal(new Set(items.map((i) => i.id)).size, 3);
  for (const { id, payload } of items) {
    assert.notEqual(id, STAND_IN);
    assert.equal(payload, alone('Jobsamtale & <CV>', id));
    assert.ok(payload.includes(`>${id}<`));
  }
});

test('the stand-in id in the data itself: each copy serialised with its id, the data left as it was', () => {
  const w = counted(summonsItem(`see ${STAND_IN}`));
  const items = payloadsWithIds(2, w.write);
  assert.equal(w.calls(), 3); // the probe, then one per receiver
  for (const { id, payload } of items) assert.equal(payload, alone(`see ${STAND_IN}`, id));
});

test('one receiver or none: serialised as it is', () => {
  const w = counted(summonsItem('x'));
  const [one] = payloadsWithIds(1, w.write);
  assert.equal(w.calls(), 1);
  assert.equal(one!.payload, alone('x', one!.id));
  assert.deepEqual(payloadsWithIds(0, w.write), []);
  assert.equal(w.calls(), 1);
});
