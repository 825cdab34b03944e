// The two DFDG security headers read once per distinct header text. Reading them (XSD validation of each block and
// its typed values out of libxml2's memory) cost ~25 µs of a GetPersonExempts' ~145 µs in the pipeline; a client
// that sends the same header text with each request (one user, one organisation, a fixed RegistrationDateTime, as
// the benchmark does) pays it once. One that stamps each header anew pays it as before, plus ~2 µs for the key. The key is the request's own bytes from its first
// byte up to the SOAP Body's start tag: they hold the whole Header (when it comes before the Body, as SOAP 1.1
// stacks write it; otherwise nothing is cached), its namespace declarations and the encoding, so requests with
// equal keys have equal headers byte for byte — the identity read is the header's own, never another request's.
// With the business date (the code lists' validity) and the validator, that is all the read depends on. Only
// headers read without a fault, and texts up to 8 KiB, are kept; a faulty one is read (and refused) every time. The answers are frozen:
// every request with that header shares them.
import type { ContractValidator } from '../contract/validator.ts';
import type { IsoDate } from '../domain/types.ts';
import type { ParsedEnvelope } from './envelope.ts';
import { readSecurityHeaders, type SecurityHeaders } from './headers.ts';

/** Distinct header texts kept per validator (the oldest goes first). */
export const HEADER_CACHE_ENTRIES = 512;
/** Longest key kept (bytes before the Body): a typical one is ~2 KB, so the cache holds at most ~4 MiB. */
export const HEADER_CACHE_KEY_BYTES = 8192;

/** Per validator: the business date the entries were read for, and the entries by header text. A new business date
 *  starts the cache anew (the code lists' validity may differ), so the key is the header text alone. */
const caches = new WeakMap<ContractValidator, Entries>();

interface Entries {
  businessDate: IsoDate;
  byText: Map<string, SecurityHeaders>;
  /** The header text read last (its bytes, copied) and its headers: a client sending the same header with each
   *  request is matched by comparing bytes (~0.5 µs), without making the ~2 KB text a string and hashing it (~3 µs). */
  last: { bytes: Buffer; read: SecurityHeaders } | null;
}

const LT = 0x3c;
const COLON = 0x3a;
const BODY = Buffer.from('Body');

/**
 * The offset of the last `<Body` or `<prefix:Body` start tag in `bytes`: at or after the SOAP Body's own start tag,
 * which is one of them (a later one inside the Body only makes the key longer). -1 when none.
 */
export function lastBodyStartTag(bytes: Buffer): number {
  for (let at = bytes.lastIndexOf(BODY); at > 0; at = at > 0 ? bytes.lastIndexOf(BODY, at - 1) : -1) {
    const after = bytes[at + 4];
    if (!(after === 0x3e || after === 0x2f || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d))
      continue;
    if (bytes[at - 1] === LT) return at - 1;
    if (bytes[at - 1] !== COLON) continue;
    let start = at - 2;
    while (start >= 0 && isNameByte(bytes[start]!)) start--;
    if (start >= 0 && start < at - 2 && bytes[start] === LT) return start;
  }
  return -1;
}

const isNameByte = (b: number) =>
  (b >= 0x61 && b <= 0x7a) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x30 && b <= 0x39) ||
  b === 0x2d ||
  b === 0x2e ||
  b === 0x5f ||
  b >= 0x80;

export function cachedSecurityHeaders(
  parsed: ParsedEnvelope,
  bytes: Uint8Array,
  validator: ContractValidator,
  businessDate: IsoDate,
): SecurityHeaders {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = parsed.headerBeforeBody ? lastBodyStartTag(buffer) : -1;
  if (end < 0 || end > HEADER_CACHE_KEY_BYTES) return readSecurityHeaders(parsed.headers, validator, businessDate);
  let entries = caches.get(validator);
  if (entries?.businessDate !== businessDate)
    caches.set(validator, (entries = { businessDate, byText: new Map(), last: null }));
  const { last } = entries;
  if (last !== null && last.bytes.length === end && buffer.compare(last.bytes, 0, end, 0, end) === 0) return last.read;
  const key = buffer.toString('latin1', 0, end);
  const cache = entries.byText;
  let read = cache.get(key);
  if (!read) {
    read = deepFreeze(readSecurityHeaders(parsed.headers, validator, businessDate));
    if (cache.size >= HEADER_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, read);
  }
  entries.last = { bytes: Buffer.from(buffer.subarray(0, end)), read };
  return read;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
