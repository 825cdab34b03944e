// The function-certificate whitelist (src/store/migrations/015_client_certificates.ts): registering a
// certificate and the organisations its data processor may act for, revoking it, listing them, and the grant
// one SOAP request needs (one statement per table).
import type { FunctionCertificate } from '../access/functionCertificate.ts';
import { ALL_SERVICES, type CertificateGrant, type Organisation } from '../access/dataProcessor.ts';
import type { Queryable } from './queryable.ts';

export interface RegisteredCertificate {
  fingerprint: string;
  rid: string;
  processorCvr: string;
  subject: string;
  services: readonly string[] | typeof ALL_SERVICES;
  validTo: string;
  addedAt: string;
  revokedAt: string | null;
  organisations: readonly Organisation[];
}

const servicesText = (s: RegisteredCertificate['services']) => (s === ALL_SERVICES ? ALL_SERVICES : s.join(','));
const servicesOf = (text: string) => (text === ALL_SERVICES ? ALL_SERVICES : text.split(',').filter(Boolean));

/** Registers the certificate (a certificate registered before keeps its row: revoked stays revoked) and adds the
 *  organisations to its data processor's; returns whether the certificate was new. */
export async function registerCertificate(
  q: Queryable,
  cert: FunctionCertificate,
  o: { services: RegisteredCertificate['services']; organisations: readonly Organisation[]; now: string },
): Promise<boolean> {
  const inserted = (await q('client_certificate')
    .insert({
      fingerprint: cert.fingerprint,
      rid: cert.rid,
      processor_cvr: cert.cvr,
      subject: cert.subject,
      services: servicesText(o.services),
      valid_to: cert.validTo,
      added_at: o.now,
      revoked_at: null,
    })
    .onConflict('fingerprint')
    .ignore()
    .returning('fingerprint')) as unknown[];
  await addOrganisations(q, cert.cvr, o.organisations);
  return inserted.length > 0;
}

export async function addOrganisations(
  q: Queryable,
  processorCvr: string,
  organisations: readonly Organisation[],
): Promise<void> {
  if (organisations.length === 0) return;
  await q('data_processor_organisation')
    .insert(
      organisations.map((o) => ({
        processor_cvr: processorCvr,
        organisation_type: o.organisationType,
        organisation_code: o.organisationCode,
      })),
    )
    .onConflict(['processor_cvr', 'organisation_type', 'organisation_code'])
    .ignore();
}

/** Revokes the certificates with this fingerprint or RID that are not revoked yet; returns how many. */
export async function revokeCertificate(q: Queryable, fingerprintOrRid: string, now: string): Promise<number> {
  return q('client_certificate')
    .where((w) => w.where({ fingerprint: fingerprintOrRid.toUpperCase() }).orWhere({ rid: fingerprintOrRid }))
    .whereNull('revoked_at')
    .update({ revoked_at: now });
}

const organisationOf = (r: Record<string, unknown>): Organisation => ({
  organisationType: Number(r.organisation_type),
  organisationCode: String(r.organisation_code),
});

async function organisationsOf(q: Queryable, cvrs: readonly string[]): Promise<Map<string, Organisation[]>> {
  const rows = (await q('data_processor_organisation')
    .whereIn('processor_cvr', [...new Set(cvrs)])
    .orderBy(['processor_cvr', 'organisation_type', 'organisation_code'])) as Record<string, unknown>[];
  const out = new Map<string, Organisation[]>();
  for (const r of rows) {
    const cvr = String(r.processor_cvr);
    out.set(cvr, [...(out.get(cvr) ?? []), organisationOf(r)]);
  }
  return out;
}

export async function listCertificates(q: Queryable): Promise<RegisteredCertificate[]> {
  const rows = (await q('client_certificate').orderBy(['processor_cvr', 'added_at', 'rid'])) as Record<
    string,
    unknown
  >[];
  const organisations = await organisationsOf(
    q,
    rows.map((r) => String(r.processor_cvr)),
  );
  return rows.map((r) => ({
    fingerprint: String(r.fingerprint),
    rid: String(r.rid),
    processorCvr: String(r.processor_cvr),
    subject: String(r.subject),
    services: servicesOf(String(r.services)),
    validTo: String(r.valid_to),
    addedAt: String(r.added_at),
    revokedAt: r.revoked_at === null ? null : String(r.revoked_at),
    organisations: organisations.get(String(r.processor_cvr)) ?? [],
  }));
}

/** What a presented certificate may do; null when it is not registered. */
export async function grantOf(q: Queryable, fingerprint: string): Promise<CertificateGrant | null> {
  const row = (await q('client_certificate').where({ fingerprint }).first()) as Record<string, unknown> | undefined;
  if (!row) return null;
  const cvr = String(row.processor_cvr);
  const organisations = (await q('data_processor_organisation').where({ processor_cvr: cvr })) as Record<
    string,
    unknown
  >[];
  return {
    rid: String(row.rid),
    processorCvr: cvr,
    services: servicesOf(String(row.services)),
    revoked: row.revoked_at !== null,
    organisations: organisations.map(organisationOf),
  };
}
