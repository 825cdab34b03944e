// A function certificate (FOCES) as DFDG reads it (conventions.md §1.3, §2): the data processor's CVR and the
// certificate's own id, from the subject. OCES3 carries them as `serialNumber=CVR:<cvr>-UUID:<uuid>` (the RID
// form of conventions.md §1.3) or, as MitID Erhverv issues them, `serialNumber=UI:DK-O:G:<uuid>` with
// `organizationIdentifier=NTRDK-<cvr>`; OCES2 as `serialNumber=CVR:<cvr>-FID:<fid>`. node:crypto parses the
// certificate; nothing here checks a signature (the TLS handshake did that against the configured CA).
import { X509Certificate } from 'node:crypto';

export interface CertificateIdentity {
  generation: 'OCES3' | 'OCES2';
  /** The data processor: the CVR number on the certificate. */
  cvr: string;
  /** The certificate's UUID (OCES3) or FID (OCES2). */
  id: string;
  /** The certificate RID, `CVR:<cvr>-UUID:<uuid>` or `CVR:<cvr>-FID:<fid>` (conventions.md §1.3). */
  rid: string;
}

export interface FunctionCertificate extends CertificateIdentity {
  /** SHA-256 fingerprint, upper-case hex pairs joined by colons (node:crypto's fingerprint256). */
  fingerprint: string;
  subject: string;
  /** notAfter, ISO 8601. */
  validTo: string;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const OCES3_RID = new RegExp(`^CVR:(\\d{8})-UUID:(${UUID})$`);
const OCES3_UI = new RegExp(`^UI:DK-O:G:(${UUID})$`);
const OCES2_RID = /^CVR:(\d{8})-FID:(\d{1,20})$/;
const NTRDK = /^NTRDK-(\d{8})$/;

/** The subject's attributes by short name (node:crypto writes one `name=value` per line). */
function attributes(subject: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of subject.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return out;
}

/** The identity in a certificate subject; null when it is neither an OCES3 nor an OCES2 function certificate. */
export function identityOfSubject(subject: string): CertificateIdentity | null {
  const a = attributes(subject);
  const serial = a.get('serialNumber') ?? '';
  let m = OCES3_RID.exec(serial);
  if (m) return oces3(m[1]!, m[2]!);
  m = OCES3_UI.exec(serial);
  const cvr = NTRDK.exec(a.get('organizationIdentifier') ?? '')?.[1];
  if (m && cvr) return oces3(cvr, m[1]!);
  m = OCES2_RID.exec(serial);
  if (m) return { generation: 'OCES2', cvr: m[1]!, id: m[2]!, rid: `CVR:${m[1]}-FID:${m[2]}` };
  return null;
}

const oces3 = (cvr: string, uuid: string): CertificateIdentity => ({
  generation: 'OCES3',
  cvr,
  id: uuid.toLowerCase(),
  rid: `CVR:${cvr}-UUID:${uuid.toLowerCase()}`,
});

/** Reads a PEM certificate; throws a message naming what is wrong when it is not a function certificate. */
export function readFunctionCertificate(pem: string | Buffer): FunctionCertificate {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch (err) {
    throw new Error(`not a PEM certificate: ${(err as Error).message}`, { cause: err });
  }
  const identity = identityOfSubject(cert.subject);
  if (!identity)
    throw new Error(
      `not an OCES3 or OCES2 function certificate: the subject (${cert.subject.replaceAll('\n', ', ')}) has no serialNumber CVR:…-UUID:…, UI:DK-O:G:… with organizationIdentifier NTRDK-…, or CVR:…-FID:…`,
    );
  return {
    ...identity,
    fingerprint: cert.fingerprint256,
    subject: cert.subject.replaceAll('\n', ', '),
    validTo: new Date(cert.validTo).toISOString(),
  };
}
