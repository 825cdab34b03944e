// Throwaway TLS material for `npm start`, the recording subscriber and the tests: a CA, a server certificate for
// localhost / 127.0.0.1 and a client certificate, made with Debian's openssl binary into a directory (the
// openssl CLI, not an npm package: it is on every machine that runs the interop tests already, and writes the
// OCES subject attributes — serialNumber, organizationIdentifier — as a real CA does). The client certificate
// is an OCES3 function certificate (serialNumber CVR:…-UUID:…, conventions.md §1.3): the facade's callers and
// DFDG's push dispatcher both present it. The CA and the server have RSA keys (every SOAP stack of the interop
// tests can check an RSA chain; Mono's managed X509Chain cannot decode EC keys), clients EC P-256 keys (quick to
// make); all unencrypted. Never for production.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface DevCertificates {
  dir: string;
  caCert: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
}

/** The data processor (CVR) the throwaway client certificate names. */
export const DEV_PROCESSOR_CVR = '12345678';

function openssl(dir: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

const KEY = {
  ec: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
  rsa: ['-newkey', 'rsa:2048', '-nodes'],
} as const;
type KeyType = keyof typeof KEY;

/** A certificate and key `<name>.crt` / `<name>.key` in `dir`, issued by the CA there (ca.crt, ca.key). */
export function issueCertificate(
  dir: string,
  name: string,
  subject: string,
  o: { days?: number; extensions?: string; key?: KeyType } = {},
): { cert: string; key: string } {
  openssl(dir, 'req', ...KEY[o.key ?? 'ec'], '-subj', subject, '-keyout', `${name}.key`, '-out', `${name}.csr`);
  const ext = o.extensions ? ['-extfile', `${name}.ext`] : [];
  if (o.extensions) fs.writeFileSync(path.join(dir, `${name}.ext`), o.extensions);
  openssl(
    dir,
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    String(o.days ?? 1),
    '-out',
    `${name}.crt`,
    ...ext,
  );
  return {
    cert: fs.readFileSync(path.join(dir, `${name}.crt`), 'utf8'),
    key: fs.readFileSync(path.join(dir, `${name}.key`), 'utf8'),
  };
}

/** A self-signed certificate `<name>.crt` / `<name>.key` in `dir`: a CA of its own, or a certificate nobody issued. */
export function selfSignedCertificate(
  dir: string,
  name: string,
  subject: string,
  o: { days?: number; key?: KeyType } = {},
): { cert: string; key: string } {
  const days = o.days ?? 1;
  fs.mkdirSync(dir, { recursive: true });
  openssl(
    dir,
    'req',
    '-x509',
    ...KEY[o.key ?? 'ec'],
    '-days',
    String(days),
    '-subj',
    subject,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.crt`,
  );
  return {
    cert: fs.readFileSync(path.join(dir, `${name}.crt`), 'utf8'),
    key: fs.readFileSync(path.join(dir, `${name}.key`), 'utf8'),
  };
}

/** An OCES3 function certificate subject (conventions.md §1.3: the RID CVR:…-UUID:… in serialNumber). */
export const oces3Subject = (cvr: string, uuid: string, commonName: string, organisation: string): string =>
  `/C=DK/O=${organisation} \\/\\/ CVR:${cvr}/serialNumber=CVR:${cvr}-UUID:${uuid}/CN=${commonName}`;

/** An OCES2 function certificate subject (CVR:…-FID:… in serialNumber). */
export const oces2Subject = (cvr: string, fid: string, commonName: string, organisation: string): string =>
  `/C=DK/O=${organisation} \\/\\/ CVR:${cvr}/serialNumber=CVR:${cvr}-FID:${fid}/CN=${commonName}`;

export function makeDevCertificates(dir: string, days = 1): DevCertificates {
  selfSignedCertificate(dir, 'ca', '/CN=DFDG test CA', { days, key: 'rsa' });
  const server = issueCertificate(dir, 'server', '/CN=localhost', {
    days,
    key: 'rsa',
    extensions: 'subjectAltName=DNS:localhost,IP:127.0.0.1\n',
  });
  const client = issueCertificate(
    dir,
    'client',
    `/O=DFDG facade/serialNumber=CVR:${DEV_PROCESSOR_CVR}-UUID:${randomUUID()}/CN=dfdg-dispatcher`,
    { days },
  );
  return {
    dir,
    caCert: fs.readFileSync(path.join(dir, 'ca.crt'), 'utf8'),
    serverCert: server.cert,
    serverKey: server.key,
    clientCert: client.cert,
    clientKey: client.key,
  };
}
