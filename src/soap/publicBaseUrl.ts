// The scheme (https over TLS) and host clients reach the facade at, for the answers that point back at it (the WSDL's
// soap:address, the WSRM ServiceEndpoint). X-Forwarded-Proto / X-Forwarded-Host count only when the TCP peer is
// a configured trusted proxy (TRUSTED_PROXIES); from anyone else they are ignored, as a client could otherwise
// point other clients' WSDLs at a host of its choosing. The host, wherever it comes from, must be a host name or
// an IP literal with an optional port: anything else (quotes, angle brackets, spaces, paths) is refused, so it
// can never be copied into a WSDL or an answer.
import type http from 'node:http';

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

/** IPv4-mapped IPv6 peers ("::ffff:10.0.0.1") are compared as their IPv4 address. */
function peerAddress(req: http.IncomingMessage): string {
  const address = req.socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** The first value of a (possibly repeated, comma-joined) forwarding header. */
function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}

/** `scheme://host[:port]`, or null when the host the request names is not a valid host. */
export function publicBaseUrl(req: http.IncomingMessage, trustedProxies: ReadonlySet<string>): string | null {
  let scheme = 'encrypted' in req.socket ? 'https' : 'http';
  let host = req.headers.host ?? 'localhost';
  if (trustedProxies.has(peerAddress(req))) {
    const proto = firstValue(req.headers['x-forwarded-proto'])?.toLowerCase();
    if (proto === 'http' || proto === 'https') scheme = proto;
    else if (proto !== undefined) return null;
    host = firstValue(req.headers['x-forwarded-host']) ?? host;
  }
  return HOST.test(host) ? `${scheme}://${host}` : null;
}
