// The identity in a function certificate's subject (conventions.md §1.3, §2): OCES3 as the RID CVR:…-UUID:… or as
// MitID Erhverv writes it (UI:DK-O:G:<uuid> with organizationIdentifier NTRDK-<cvr>), OCES2 as CVR:…-FID:…;
// anything else is not a function certificate.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identityOfSubject, readFunctionCertificate } from '../../src/access/functionCertificate.ts';
import { testCertificates } from '../support/tls.ts';

const UUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

test('OCES3: the RID form in serialNumber gives the CVR (data processor) and the UUID', () => {
  assert.deepEqual(
    identityOfSubject(`C=DK\nO=Leverandør A/S // CVR:12345678\nserialNumber=CVR:12345678-UUID:${UUID}\nCN=x`),
    {
      generation: 'OCES3',
      cvr: '12345678',
      id: UUID,
      rid: `CVR:12345678-UUID:${UUID}`,
    },
  );
});

test('OCES3 as MitID Erhverv issues it: UI:DK-O:G:<uuid> with organizationIdentifier NTRDK-<cvr>', () => {
  const subject = `C=DK\norganizationIdentifier=NTRDK-12345678\nserialNumber=UI:DK-O:G:${UUID.toUpperCase()}\nCN=x`;
  assert.equal(identityOfSubject(subject)?.rid, `CVR:12345678-UUID:${UUID}`);
  assert.equal(identityOfSubject(`C=DK\nserialNumber=UI:DK-O:G:${UUID}\nCN=x`), null, 'no CVR: not one');
});

test('OCES2: CVR:…-FID:… in serialNumber', () => {
  assert.deepEqual(identityOfSubject('O=x\nserialNumber=CVR:87654321-FID:1234567890\nCN=y'), {
    generation: 'OCES2',
    cvr: '87654321',
    id: '1234567890',
    rid: 'CVR:87654321-FID:1234567890',
  });
});

test('a subject without a function certificate identity is none', () => {
  for (const subject of [
    'CN=localhost',
    'serialNumber=CVR:1234567-FID:1',
    'serialNumber=PID:9208-2002-2-123456789012',
    `serialNumber=CVR:12345678-UUID:${UUID}x`,
  ])
    assert.equal(identityOfSubject(subject), null, subject);
});

test('readFunctionCertificate reads the PEM with node:crypto: RID, fingerprint, validity; a CA certificate is refused', () => {
  const certs = testCertificates();
  const oces2 = readFunctionCertificate(certs.oces2.cert);
  assert.equal(oces2.rid, 'CVR:87654321-FID:1234567890');
  assert.match(oces2.fingerprint, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  assert.ok(Date.parse(oces2.validTo) > Date.now());
  assert.match(readFunctionCertificate(certs.client.cert).rid, /^CVR:12345678-UUID:[0-9a-f-]{36}$/);
  assert.throws(() => readFunctionCertificate(certs.ca), /not an OCES3 or OCES2 function certificate/);
  assert.throws(() => readFunctionCertificate('nonsense'), /not a PEM certificate/);
});
