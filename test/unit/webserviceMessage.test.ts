// The WSB rows: one per receiver, the documented metadata fields (notifications-wsrm-wsb.md §5.2), and
// the row id is the message id the receiver deduplicates on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from '../../src/outbox/webserviceMessage.ts';

test('an Indkaldelse WSB per receiver carries EntitetId 90000, the summons id and the change type', () => {
  const receivers = [
    { organisationType: 8, organisationCode: '10100', subQueue: null },
    { organisationType: 7, organisationCode: '101', subQueue: null },
  ];
  const rows = webserviceMessages(
    {
      type: WSB.Indkaldelse,
      externalIdentifier: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      versionIdentifier: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      identificationType: IdentificationType.Cpr,
      identification: '0101901234',
      changeType: ChangeType.Update,
      occurredAt: '2024-03-01T10:00:00.000+01:00',
    },
    receivers,
    '0101901234',
  );
  assert.equal(rows.length, 2);
  assert.notEqual(rows[0]!.id, rows[1]!.id);
  for (const [i, row] of rows.entries()) {
    assert.equal(row.messageType, 'Indkaldelse.WSB');
    assert.deepEqual(row.receiver, receivers[i]);
    assert.equal(row.citizenCpr, '0101901234');
    assert.deepEqual(JSON.parse(row.payload), {
      BeskedId: row.id,
      EntitetNavn: 'Indkaldelse',
      EntitetId: 90000,
      EksternIdentifier: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      VersionIdentifier: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      IdentifikationstypeId: 1,
      Identifikation: '0101901234',
      Aendringstype: 2,
      Tidspunkt: '2024-03-01T10:00:00.000+01:00',
    });
  }
});
