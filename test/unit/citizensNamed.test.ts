// The citizens a typed answer names, for the audit trail of reads that name no citizen in the request (D-147).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citizensNamedIn } from '../../src/contract/citizensNamed.ts';
import { PreSerialized } from '../../src/contract/xmlWriter.ts';

test('every PersonCivilRegistrationIdentifier at any depth, each once; other keys and pre-serialized items are not read', () => {
  const answer = {
    SoegningResultat: [
      { PersonCivilRegistrationIdentifier: '0101901234', IndkaldelseInfo: { BookingIdentifier: 'a' } },
      { PersonCivilRegistrationIdentifier: '0202902345' },
      { PersonCivilRegistrationIdentifier: '0101901234' },
    ],
    Candidates: { Candidate: [{ Details: { PersonCivilRegistrationIdentifier: '0303903456' } }] },
    Other: { CaseWorkerIdentifier: '0404904567' },
    Items: [
      new PreSerialized('<x><PersonCivilRegistrationIdentifier>0505905678</PersonCivilRegistrationIdentifier></x>'),
    ],
  };
  assert.deepEqual([...citizensNamedIn(answer)].sort(), ['0101901234', '0202902345', '0303903456']);
  assert.deepEqual([...citizensNamedIn({ PersonExemptDate: '2024-03-05' })], []);
});
