// The facade's TLS material for `serve`: the configured files (TLS_CERT, TLS_KEY, TLS_CLIENT_CA), or else a
// throwaway CA, server and client certificate in TLS_DIR, made on first start (and again once expired), whose
// client certificate is registered for every organisation and service so that `npm start` stays one command and
// the README's curl call works. TLS=off: none (plain HTTP).
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { ALL_SERVICES, ANY_CODE } from '../access/dataProcessor.ts';
import { readFunctionCertificate } from '../access/functionCertificate.ts';
import type { Config } from '../config.ts';
import { OrganisationType } from '../domain/types.ts';
import type { TlsMaterial } from '../soap/server.ts';
import { registerCertificate } from '../store/clientCertificateRepository.ts';
import { makeDevCertificates } from './devCertificates.ts';

/** Throwaway certificates are made for this many days. */
const DEV_DAYS = 30;

/** Every organisation type, any code: what the throwaway client certificate may act for. */
export const EVERY_ORGANISATION = Object.values(OrganisationType).map((organisationType) => ({
  organisationType,
  organisationCode: ANY_CODE,
}));

const read = (file: string) => fs.readFileSync(file, 'utf8');

function expiresWithinADay(certFile: string): boolean {
  return Date.parse(new X509Certificate(read(certFile)).validTo) < Date.now() + 24 * 3600_000;
}

/** What `serve` listens with, and what to tell the operator (null: nothing). */
export async function serverTls(
  config: Config,
  db: Knex,
  now: string,
): Promise<{ tls: TlsMaterial; notice: string | null } | null> {
  if (!config.tls) return null;
  const given = [config.tlsCertFile, config.tlsKeyFile, config.tlsClientCaFile];
  if (given.some((f) => f !== null)) {
    if (given.some((f) => f === null)) throw new Error('TLS_CERT, TLS_KEY and TLS_CLIENT_CA must be set together');
    return {
      tls: { cert: read(config.tlsCertFile!), key: read(config.tlsKeyFile!), ca: read(config.tlsClientCaFile!) },
      notice: null,
    };
  }
  const dir = path.resolve(config.tlsDir);
  const file = (name: string) => path.join(dir, name);
  const made =
    !fs.existsSync(file('server.crt')) || !fs.existsSync(file('client.crt')) || expiresWithinADay(file('server.crt'));
  if (made) makeDevCertificates(dir, DEV_DAYS);
  const client = readFunctionCertificate(read(file('client.crt')));
  // A certificate registered before keeps its row, so a revoked throwaway certificate stays revoked.
  await registerCertificate(db, client, { services: ALL_SERVICES, organisations: EVERY_ORGANISATION, now });
  return {
    tls: { cert: read(file('server.crt')), key: read(file('server.key')), ca: read(file('ca.crt')) },
    notice:
      `${made ? 'made throwaway' : 'using the throwaway'} TLS certificates in ${dir}: ` +
      `the CA ca.crt, the client certificate client.crt with client.key (${client.rid}, registered for every ` +
      `organisation and service), e.g. curl --cacert ${file('ca.crt')} --cert ${file('client.crt')} --key ${file('client.key')} …`,
  };
}
