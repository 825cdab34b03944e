// A SharedValue (one notification body for several receivers) is serialised once and must give the bytes that
// writing the value in place gives, under every root it goes into.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GetAkasseIndkaldelseTypeElement, GetIndkaldelseTypeElement } from '../../src/contract/generated/services.ts';
import type { IndkaldelseInfoType } from '../../src/contract/generated/types.ts';
import { SharedValue, writeElement } from '../../src/contract/xmlWriter.ts';

const info: IndkaldelseInfoType = {
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
    InterviewTitle: 'Jobsamtale & <CV>',
  },
  BookingOriginator: { OrganisationCode: 10100, OrganisationTypeIdentifier: 8 },
  VersionIdentifier: 1,
  Aflyst: false,
  AflystAfDfdg: false,
  Myndighedsdeltagere: { Myndighedsdeltager: [] },
};
const metadata = (id: string) => ({ MessageIdentifier: id });

test('a shared value is written as in place, once per prefix set, under each root', () => {
  const shared = new SharedValue({ ...info });
  for (const element of [GetIndkaldelseTypeElement, GetAkasseIndkaldelseTypeElement, GetIndkaldelseTypeElement]) {
    const value = (x: unknown) => ({
      WSRMMetadata: metadata('c0ffee00-0000-4000-8000-000000000001'),
      PersonCivilRegistrationIdentifier: '0101900000',
      IndkaldelseInfo: x,
    });
    const inPlace = writeElement(value({ ...info }), element);
    assert.match(inPlace, /<n\d+:IndkaldelseInfo>.*Jobsamtale &amp; &lt;CV&gt;.*<\/n\d+:IndkaldelseInfo>/);
    assert.equal(writeElement(value(shared), element), inPlace);
  }
});
