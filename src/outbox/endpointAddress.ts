// The address a subscription endpoint's host resolves to, checked: every address the name resolves to must be
// public (src/domain/publicAddress.ts), unless SUBSCRIPTION_ALLOW_PRIVATE is on. Used when a subscription is
// registered and again when the dispatcher connects: its https requests take `guardedLookup` as their `lookup`,
// so the socket connects to the very address that was checked — a name that re-resolves to a private address
// after the check (DNS rebinding) never gets a connection.
import dns from 'node:dns';
import net from 'node:net';
import { isPublicAddress } from '../domain/publicAddress.ts';
import { privateSubscriptionAddressesAllowed } from '../domain/subscriptionEndpoint.ts';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address of a host name (the system resolver: /etc/hosts, then DNS). */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

/** A name that does not answer within this time is refused. */
export const RESOLVE_TIMEOUT_MS = 3000;

const systemResolver: Resolver = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

export class EndpointAddressRefused extends Error {}

/** The host's addresses when all of them may be pushed to; EndpointAddressRefused (saying why) otherwise. */
export async function checkedAddresses(host: string, resolve: Resolver = systemResolver): Promise<ResolvedAddress[]> {
  const allowPrivate = privateSubscriptionAddressesAllowed();
  if (net.isIP(host) !== 0) {
    if (!allowPrivate) throw new EndpointAddressRefused(`${host} is an IP address, not a host name`);
    return [{ address: host, family: net.isIP(host) }];
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${RESOLVE_TIMEOUT_MS} ms`)), RESOLVE_TIMEOUT_MS);
  });
  let addresses: ResolvedAddress[];
  try {
    addresses = await Promise.race([resolve(host), timeout]);
  } catch (err) {
    throw new EndpointAddressRefused(`${host} does not resolve (${(err as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
  if (addresses.length === 0) throw new EndpointAddressRefused(`${host} does not resolve`);
  const notPublic = addresses.filter((a) => !isPublicAddress(a.address));
  if (notPublic.length > 0 && !allowPrivate)
    throw new EndpointAddressRefused(
      `${host} resolves to ${notPublic.map((a) => a.address).join(', ')}: not a public address`,
    );
  return addresses;
}

/** The registration's check of an endpoint's host; none where non-public addresses are allowed anyway (tests with
 *  names that need not resolve). */
export async function checkEndpointHost(host: string, resolve: Resolver = systemResolver): Promise<void> {
  if (!privateSubscriptionAddressesAllowed()) await checkedAddresses(host, resolve);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | ResolvedAddress[], family?: number) => void;

/** A `lookup` for http(s).request and net.connect that resolves, checks and hands over only checked addresses. */
export function guardedLookup(resolve: Resolver = systemResolver) {
  return (host: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    checkedAddresses(host, resolve).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = wanted === 0 ? addresses : addresses.filter((a) => a.family === wanted);
        if (usable.length === 0)
          return callback(Object.assign(new Error(`${host}: no IPv${wanted} address`), { code: 'ENOTFOUND' }), '');
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (err: Error) => callback(Object.assign(err, { code: 'EADDRNOTAVAIL' }), ''),
    );
  };
}
