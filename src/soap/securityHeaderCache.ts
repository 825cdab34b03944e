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
// Once a request with a cached header has passed every step the Header takes part in (mustUnderstand, both
// security headers, the citizen's CPR header, the WS-Addressing MessageID), what those steps gave is kept with it,
// with where the header region lies in its bytes (./headerRegion.ts). A later request whose bytes up to its Body
// are those bytes exactly skips the Header's parse as well: only the Envelope's start tag and what follows the
// Header are parsed (./envelope.ts `parseEnvelopeAfterHeader`), and every step that reads the Header answers what
// it answered for those bytes — the same identity, the same refusals (none: a header that failed a step is never
// kept). Everything after the Header (the Body, its validation, the certificate's grant, access) is still done
// per request, and a request whose rest is not an answerable Body is parsed in full, so its fault is unchanged.
import type { ContractValidator } from '../contract/validator.ts';
import type { IsoDate } from '../domain/types.ts';
import { parseEnvelopeAfterHeader, type ParsedEnvelope } from './envelope.ts';
import { readCitizenHeader, readSecurityHeaders, type SecurityHeaders } from './headers.ts';
import { headerRegion } from './headerRegion.ts';
import { headerMessageId } from './messageIdentifier.ts';
import { checkMustUnderstand } from './mustUnderstand.ts';
import { shapeScanBefore, type ShapeScan, type XmlShapeLimits } from './xmlShape.ts';

/** Distinct header texts kept per validator (the oldest goes first). */
export const HEADER_CACHE_ENTRIES = 512;
/** Longest key kept (bytes before the Body): a typical one is ~2 KB, so the cache holds at most ~4 MiB. */
export const HEADER_CACHE_KEY_BYTES = 8192;

/** Per validator: the business date the entries were read for, and the entries by header text. A new business date
 *  starts the cache anew (the code lists' validity may differ), so the key is the header text alone. */
const caches = new WeakMap<ContractValidator, Entries>();

interface Entries {
  businessDate: IsoDate;
  byText: Map<string, Entry>;
  /** The header text read last: a client sending the same header with each request is matched by comparing bytes
   *  (~0.5 µs), without making the ~2 KB text a string and hashing it (~3 µs). */
  last: Entry | null;
}

interface Entry {
  /** The key: the request's bytes before its last Body start tag (copied). */
  bytes: Buffer;
  read: SecurityHeaders;
  /** Set once a request with these bytes passed every header step. */
  known: KnownHeader | null;
}

/** A header known by its bytes: they, up to the Body's start tag (`prefix`), carry a header that passed every
 *  header step, and `steps` answers each step as it was answered then. */
export interface KnownHeader {
  /** The request's bytes before its SOAP Body start tag. */
  readonly prefix: Buffer;
  /** The XML declaration and the Envelope's start tag. */
  readonly envelopeStart: Buffer;
  /** The XML shape check's scan of `prefix`, for a request's check to go on from; null: the request is checked in full. */
  readonly shape: ShapeScan | null;
  readonly steps: RequestHeader;
}

/** A request's SOAP Header as the pipeline's steps read it, in the pipeline's order. */
export interface RequestHeader {
  checkMustUnderstand(): void;
  security(): SecurityHeaders;
  /** The CPR of the CivilRegistrationIdentifier header, or null. */
  citizenCpr(): string | null;
  /** The WS-Addressing MessageID block's identifier, or null. */
  messageId(): string | null;
  /** Every header step passed (the request's header may now be known by its bytes). */
  passed(): void;
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
  return securityEntry(parsed, asBuffer(bytes), validator, businessDate).read;
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The entry of the request's header text (made by reading the headers), or, for a request whose header is not
 *  kept, its headers read alone. */
function securityEntry(
  parsed: ParsedEnvelope,
  buffer: Buffer,
  validator: ContractValidator,
  businessDate: IsoDate,
): Entry | { read: SecurityHeaders; known?: undefined } {
  const end = parsed.headerBeforeBody ? lastBodyStartTag(buffer) : -1;
  if (end < 0 || end > HEADER_CACHE_KEY_BYTES)
    return { read: readSecurityHeaders(parsed.headers, validator, businessDate) };
  const entries = entriesFor(validator, businessDate);
  const { last } = entries;
  if (last !== null && last.bytes.length === end && buffer.compare(last.bytes, 0, end, 0, end) === 0) return last;
  const key = buffer.toString('latin1', 0, end);
  const cache = entries.byText;
  let entry = cache.get(key);
  if (!entry) {
    const read = deepFreeze(readSecurityHeaders(parsed.headers, validator, businessDate));
    entry = { bytes: Buffer.from(buffer.subarray(0, end)), read, known: null };
    if (cache.size >= HEADER_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
  }
  entries.last = entry;
  return entry;
}

function entriesFor(validator: ContractValidator, businessDate: IsoDate): Entries {
  let entries = caches.get(validator);
  if (entries?.businessDate !== businessDate)
    caches.set(validator, (entries = { businessDate, byText: new Map(), last: null }));
  return entries;
}

/** The header steps of a parsed request, each reading its header blocks; `passed()` keeps what they gave. */
export function requestHeader(
  parsed: ParsedEnvelope,
  bytes: Uint8Array,
  validator: ContractValidator,
  businessDate: IsoDate,
  xmlLimits: XmlShapeLimits,
): RequestHeader {
  const buffer = asBuffer(bytes);
  let entry: ReturnType<typeof securityEntry> | null = null;
  let citizenCpr: string | null = null;
  let messageId: string | null = null;
  return {
    checkMustUnderstand: () => checkMustUnderstand(parsed.headers),
    security: () => (entry = securityEntry(parsed, buffer, validator, businessDate)).read,
    citizenCpr: () => (citizenCpr = readCitizenHeader(parsed.headers, validator)),
    messageId: () => (messageId = headerMessageId(parsed.headers)),
    passed() {
      if (!entry || !('bytes' in entry) || entry.known !== null) return;
      const region = headerRegion(buffer, parsed.bodyIndex);
      if (region === null || region.bodyStart > entry.bytes.length) return;
      const { read } = entry;
      const [cpr, id] = [citizenCpr, messageId];
      entry.known = Object.freeze({
        prefix: entry.bytes.subarray(0, region.bodyStart),
        envelopeStart: entry.bytes.subarray(0, region.envelopeContent),
        shape: shapeScanBefore(entry.bytes, region.bodyStart, xmlLimits),
        steps: Object.freeze({
          checkMustUnderstand: () => {},
          security: () => read,
          citizenCpr: () => cpr,
          messageId: () => id,
          passed: () => {},
        }),
      });
    },
  };
}

/**
 * The known header whose bytes this request begins with (the one matched last first, then by its text), or null.
 * Only bytes are compared: nothing is parsed yet.
 */
export function knownHeader(
  bytes: Uint8Array,
  validator: ContractValidator,
  businessDate: IsoDate,
): KnownHeader | null {
  const entries = caches.get(validator);
  if (entries?.businessDate !== businessDate) return null;
  const buffer = asBuffer(bytes);
  let entry = entries.last;
  if (entry?.known == null || !startsWith(buffer, entry.known.prefix)) {
    const end = lastBodyStartTag(buffer);
    if (end < 0 || end > HEADER_CACHE_KEY_BYTES) return null;
    entry = entries.byText.get(buffer.toString('latin1', 0, end)) ?? null;
    if (entry?.known == null || !startsWith(buffer, entry.known.prefix)) return null;
  }
  entries.last = entry;
  return entry.known;
}

/**
 * The request, which begins with `known`'s bytes, parsed without its Header, with that header's steps answered from
 * what they gave; null when the rest must be parsed with the Header (see `parseEnvelopeAfterHeader`).
 */
export function parseAfterKnownHeader(
  known: KnownHeader,
  bytes: Uint8Array,
): { parsed: ParsedEnvelope; header: RequestHeader } | null {
  const parsed = parseEnvelopeAfterHeader(known.envelopeStart, asBuffer(bytes).subarray(known.prefix.length));
  if (parsed === null) return null;
  parsedAfterKnownHeader++;
  return { parsed, header: known.steps };
}

let parsedAfterKnownHeader = 0;

/** Requests parsed without their Header so far in this process (tests prove with it that the path was taken). */
export const requestsParsedAfterKnownHeader = () => parsedAfterKnownHeader;

/** `buffer` begins with `prefix` and goes on after it. */
const startsWith = (buffer: Buffer, prefix: Buffer) =>
  buffer.length > prefix.length && buffer.compare(prefix, 0, prefix.length, 0, prefix.length) === 0;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
