// Where the caller's identity comes from (conventions.md §2): the client certificate of the TLS connection.
// The server asks every connection for one but lets the handshake finish without one, so that the caller gets
// DFDG's fault on the wire rather than a TLS alert: no certificate → 1101; one the configured CA did not issue,
// or one not registered (`npm run cli -- cert add`), or a revoked one → 1012; one not ordered for this service
// → 1013. The grant that comes back is what src/access/dataProcessor.ts checks the SOAP headers against.
import type { TLSSocket } from 'node:tls';
import { checkCertificateForService, type CertificateGrant } from '../access/dataProcessor.ts';
import { fault } from '../faults/catalogue.ts';
import { grantOf } from '../store/clientCertificateRepository.ts';
import type { Queryable } from '../store/queryable.ts';

/** What the connection presented; null when the facade runs without TLS (TLS=off). */
export type PresentedCertificate =
  { kind: 'none' } | { kind: 'untrusted'; reason: string } | { kind: 'trusted'; fingerprint: string };

/** Read once per connection: a kept-alive connection carries the same certificate for every request. */
const presented = new WeakMap<TLSSocket, PresentedCertificate>();

export function presentedCertificate(socket: TLSSocket): PresentedCertificate {
  let p = presented.get(socket);
  if (!p) {
    const cert = socket.getPeerX509Certificate();
    p = !cert
      ? { kind: 'none' }
      : socket.authorized
        ? { kind: 'trusted', fingerprint: cert.fingerprint256 }
        : { kind: 'untrusted', reason: String(socket.authorizationError) };
    presented.set(socket, p);
  }
  return p;
}

/** The grant of the presented certificate for this service, or the fault; null without TLS. */
export async function authenticate(
  db: Queryable,
  certificate: PresentedCertificate | null,
  service: string,
): Promise<CertificateGrant | null> {
  if (certificate === null) return null;
  if (certificate.kind === 'none') throw fault('CertificateMissing');
  if (certificate.kind === 'untrusted')
    throw fault('LogonFailed', `the certificate is not trusted: ${certificate.reason}`);
  const grant = await grantOf(db, certificate.fingerprint);
  if (!grant) throw fault('LogonFailed', 'the certificate is not registered');
  checkCertificateForService(grant, service);
  return grant;
}
