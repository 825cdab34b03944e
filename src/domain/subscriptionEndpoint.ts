// Where DFDG may push a subscriber's webservice messages: an https URL on port 443 (conventions.md §2: consumer
// endpoints must be HTTPS on port 443) naming a host by name, without credentials, at most 2,048 characters
// (D-146). Whether the name resolves to a public address is checked apart (src/outbox/endpointAddress.ts), at
// registration and again at every connect. SUBSCRIPTION_ANY_PORT lets tests name another port and
// SUBSCRIPTION_ALLOW_PRIVATE an IP literal or a private address (a recording subscriber on loopback); the command
// line hands the settings over at start-up (allowAnySubscriptionPort, allowPrivateSubscriptionAddresses).
import net from 'node:net';

let anyPort = false;
let privateAddresses = false;

/** The longest endpoint URL accepted (D-146). */
export const MAX_ENDPOINT_LENGTH = 2048;

/** From now on, subscription endpoints may (true) or may not (false) name a port other than 443. */
export function allowAnySubscriptionPort(allowed: boolean): void {
  anyPort = allowed;
}

/** From now on, subscription endpoints may (true) or may not (false) be IP literals or resolve to loopback,
 *  link-local, private, unique-local or CGNAT addresses (tests and local experiments only). */
export function allowPrivateSubscriptionAddresses(allowed: boolean): void {
  privateAddresses = allowed;
}

export function privateSubscriptionAddressesAllowed(): boolean {
  return privateAddresses;
}

/** An endpoint in normal form with the host its address is resolved from, or why it is refused. */
export type EndpointCheck = { ok: true; url: string; host: string } | { ok: false; reason: string };

export function checkSubscriptionEndpoint(text: string): EndpointCheck {
  const refused = (reason: string): EndpointCheck => ({ ok: false, reason });
  if (text.length > MAX_ENDPOINT_LENGTH) return refused(`longer than ${MAX_ENDPOINT_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refused('not a URL');
  }
  if (url.protocol !== 'https:') return refused('not https');
  // URL drops the scheme's default port: an empty port is 443.
  if (url.port !== '' && !anyPort) return refused(`port ${url.port}, not 443`);
  if (url.username !== '' || url.password !== '') return refused('credentials in the URL');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (net.isIP(host) !== 0 && !privateAddresses) return refused('an IP address, not a host name');
  return { ok: true, url: url.toString(), host };
}

/** The endpoint in normal form, or null when it is refused (checkSubscriptionEndpoint says why). */
export function subscriptionEndpoint(text: string): string | null {
  const checked = checkSubscriptionEndpoint(text);
  return checked.ok ? checked.url : null;
}
