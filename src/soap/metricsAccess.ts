// Who may read GET /metrics (issue 12 defect 8: it names every receiver): only a caller presenting the configured
// METRICS_TOKEN as `Authorization: Bearer <token>`; without a configured token /metrics does not exist (404), so it
// is never open by default. One port with a token rather than an admin port: the token travels over the same
// listener, whatever TLS, HOST, timeouts and connection cap it has, and Prometheus sends it as it is
// (`authorization: { credentials_file: … }`); an admin port would be a second listener to bind and firewall.
import { createHash, timingSafeEqual } from 'node:crypto';

export type MetricsAccess = 'granted' | 'not-configured' | 'refused';

const digest = (text: string) => createHash('sha256').update(text).digest();

export function metricsAccess(token: string | null, authorization: string | undefined): MetricsAccess {
  if (token === null) return 'not-configured';
  const presented = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  // compared as digests of equal length, in constant time
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token)) ? 'granted' : 'refused';
}
