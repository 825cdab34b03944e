// Where a parsed request's SOAP Header region lies in its bytes: from just after the Envelope's start tag to the
// start tag of the SOAP Body. A request whose bytes up to its Body are those of a request read before carries
// the same Header, byte for byte, in the same namespace scope (./securityHeaderCache.ts), so the parser need only
// see the Envelope's start tag and what follows the Header (src/soap/envelope.ts `parseEnvelopeAfterHeader`).
// The scan runs on a document libxml2 has already parsed without fault, so it only has to follow well-formed XML
// (tags with quoted attribute values, which may hold '>', comments, CDATA, processing instructions); anything it
// does not expect answers null and the request is simply read in full next time too.
import { BANG, DQUOTE, GT, LT, QUESTION, SLASH, SQUOTE } from './xmlShape.ts';
export interface HeaderRegion {
  /** Offset just past the Envelope's start tag: the bytes before it are the XML declaration and that tag. */
  envelopeContent: number;
  /** Offset of the SOAP Body's start tag: the bytes before it hold the whole Header. */
  bodyStart: number;
}

/** Only UTF-8 (declared or by default): its bytes below 0x80 are ASCII wherever they stand, so the markup the
 *  scan sees is the parser's, and a cut before a '<' is a cut between characters. */
const UTF8_DECLARATION = /^<\?xml[^>]*?\sencoding\s*=\s*["'](?:utf-?8)["']/i;
const ANY_ENCODING_DECLARATION = /^<\?xml[^>]*?\sencoding\s*=/i;

/**
 * The Header region of `bytes`, a well-formed SOAP envelope whose Body is the Envelope's child element number
 * `bodyIndex` (0-based) and is named `Body` (any prefix); null when the document is not UTF-8, when the Header
 * region carries xml:id (libxml2 keeps a document-wide table of those) or when the scan finds anything else.
 */
export function headerRegion(bytes: Buffer, bodyIndex: number): HeaderRegion | null {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[i] !== LT) return null;
  const head = bytes.toString('latin1', i, Math.min(bytes.length, i + 200));
  if (ANY_ENCODING_DECLARATION.test(head) && !UTF8_DECLARATION.test(head)) return null;
  let depth = 0;
  let envelopeContent = -1;
  let children = 0;
  for (;;) {
    const lt = bytes.indexOf(LT, i);
    if (lt < 0) return null;
    const c = bytes[lt + 1];
    if (c === BANG) {
      if (at(bytes, lt, '<!--')) i = after(bytes, lt + 4, '-->');
      else if (at(bytes, lt, '<![CDATA[')) i = after(bytes, lt + 9, ']]>');
      else return null; // a DOCTYPE: such documents are refused before this
    } else if (c === QUESTION) {
      i = after(bytes, lt + 2, '?>');
    } else if (c === SLASH) {
      if (--depth < 1) return null; // the Envelope closed before its Body
      i = after(bytes, lt + 2, '>');
    } else {
      if (depth === 1 && children++ === bodyIndex) {
        if (envelopeContent < 0 || !namedBody(bytes, lt)) return null;
        const region = { envelopeContent, bodyStart: lt };
        return bytes.subarray(envelopeContent, lt).includes('xml:id') ? null : region;
      }
      const end = tagEnd(bytes, lt + 1);
      if (end < 0) return null;
      i = end + 1;
      if (bytes[end - 1] === SLASH) continue; // an empty element
      if (++depth === 1) envelopeContent = i;
    }
    if (i <= 0) return null;
  }
}

const at = (bytes: Buffer, offset: number, text: string) =>
  bytes.toString('latin1', offset, offset + text.length) === text;

/** Offset just past the first `text` at or after `from`, or 0 when there is none. */
function after(bytes: Buffer, from: number, text: string): number {
  const found = bytes.indexOf(text, from, 'latin1');
  return found < 0 ? 0 : found + text.length;
}

/** Offset of the '>' that ends the tag whose name starts at `from` (quoted attribute values may hold '>'). */
function tagEnd(bytes: Buffer, from: number): number {
  for (let j = from; j < bytes.length; j++) {
    const b = bytes[j];
    if (b === GT) return j;
    if (b === DQUOTE || b === SQUOTE) {
      j = bytes.indexOf(b, j + 1);
      if (j < 0) return -1;
    }
  }
  return -1;
}

/** The start tag at `lt` is `<Body` or `<prefix:Body`, followed by the end of its name. */
function namedBody(bytes: Buffer, lt: number): boolean {
  let end = lt + 1;
  while (end < bytes.length && !isNameEnd(bytes[end]!)) end++;
  const name = bytes.toString('latin1', lt + 1, end);
  return name === 'Body' || name.endsWith(':Body');
}

const isNameEnd = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === GT || b === SLASH;
