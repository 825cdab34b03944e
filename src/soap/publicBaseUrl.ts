// The scheme (https over TLS) and host clients reach the facade at, for the answers that point back at it (the WSDL's
// soap:address, the WSRM ServiceEndpoint). The proxy headers — RFC 7239 `Forwarded` (its first element's
// `proto` and `host`) and X-Forwarded-Proto / X-Forwarded-Host — count only when the TCP peer is a configured
// trusted proxy (TRUSTED_PROXIES); from anyone else they are ignored, as a client could otherwise point other
// clients' WSDLs at a host of its choosing. `Forwarded` wins over the X-Forwarded-* header of the same
// parameter (D-157). The host, wherever it comes from, must be a host name or an IP literal with an optional
// port: anything else (quotes, angle brackets, spaces, paths) is refused, as is a `Forwarded` header that is
// not RFC 7239 syntax, so nothing a request names can be copied into a WSDL or an answer.
import type http from 'node:http';

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

/** RFC 7230 token characters. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

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

/**
 * The parameters of the first element of an RFC 7239 `Forwarded` header (names lower-cased, quoted values
 * unquoted), {} when there is none, null when it is not RFC 7239 syntax. Repeated header lines arrive joined
 * with ", ", so the first element is the first proxy's: the one that saw the client's request.
 */
export function firstForwardedElement(header: string | undefined): Record<string, string> | null {
  if (header === undefined || header.trim() === '') return Object.create(null) as Record<string, string>;
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  let i = 0;
  const skipSpaces = () => {
    while (header[i] === ' ' || header[i] === '\t') i++;
  };
  while (i < header.length) {
    skipSpaces();
    if (header[i] === ',') break;
    if (header[i] === ';') {
      i++;
      continue;
    }
    const eq = header.indexOf('=', i);
    if (eq < 0) return null;
    const name = header.slice(i, eq).trim().toLowerCase();
    if (!TOKEN.test(name) || Object.hasOwn(params, name)) return null;
    i = eq + 1;
    let value = '';
    if (header[i] === '"') {
      i++;
      for (;;) {
        if (i >= header.length) return null;
        const c = header[i++]!;
        if (c === '"') break;
        if (c === '\\') {
          if (i >= header.length) return null;
          value += header[i++];
        } else value += c;
      }
    } else {
      const end = header.slice(i).search(/[;,\s]/);
      value = end < 0 ? header.slice(i) : header.slice(i, i + end);
      if (!TOKEN.test(value)) return null;
      i += value.length;
    }
    params[name] = value;
    skipSpaces();
    if (i < header.length && header[i] !== ';' && header[i] !== ',') return null;
  }
  return params;
}

/** `scheme://host[:port]`, or null when the host the request names is not a valid host. */
export function publicBaseUrl(req: http.IncomingMessage, trustedProxies: ReadonlySet<string>): string | null {
  let scheme = 'encrypted' in req.socket ? 'https' : 'http';
  let host = req.headers.host ?? 'localhost';
  if (trustedProxies.has(peerAddress(req))) {
    const forwarded = firstForwardedElement(firstHeader(req.headers.forwarded));
    if (forwarded === null) return null;
    const proto = (forwarded.proto ?? firstValue(req.headers['x-forwarded-proto']))?.toLowerCase();
    if (proto === 'http' || proto === 'https') scheme = proto;
    else if (proto !== undefined) return null;
    host = forwarded.host ?? firstValue(req.headers['x-forwarded-host']) ?? host;
  }
  return HOST.test(host) ? `${scheme}://${host}` : null;
}

const firstHeader = (h: string | string[] | undefined) => (Array.isArray(h) ? h.join(', ') : h);
