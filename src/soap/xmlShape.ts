// The shape of a request, bounded before libxml2 parses it: element depth, attributes per element (namespace
// declarations included), name length and elements + attributes in all. One pass over the raw code units,
// allocating nothing: a 1 MiB body costs a few milliseconds, where parsing 100,000 attributes cost libxml2 a
// second and validating them a 19 MB fault (issue 12, defect 1). It follows well-formed XML exactly (tags,
// quoted attribute values, comments, CDATA, processing instructions); where the text is not well-formed it stops
// and leaves the refusal to the parser, which stops at the first error, so nothing it cannot follow is parsed far.
// UTF-16 is scanned as UTF-16; encodings whose bytes can hide markup from a byte scan (UCS-4/UTF-32, UTF-7,
// ISO-2022, EBCDIC) are refused, as WCF's text encoding refuses them (D-142).
import { fault } from '../faults/catalogue.ts';

export interface XmlShapeLimits {
  /** Deepest element nesting; the Envelope is depth 1. */
  maxDepth: number;
  /** Attributes of one element, namespace declarations included. */
  maxAttributes: number;
  /** Characters of an element or attribute name, prefix included. */
  maxNameLength: number;
  /** Elements and attributes of the whole document. */
  maxNodes: number;
}

type CodeUnits = Uint8Array | Uint16Array;

/** The ASCII bytes of XML markup, for the byte scans here and in ./headerRegion.ts. */
export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
export const QUESTION = 0x3f;
export const BANG = 0x21;
export const EQUALS = 0x3d;
export const DQUOTE = 0x22;
export const SQUOTE = 0x27;

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const endsName = (c: number | undefined) => c === undefined || isSpace(c) || c === GT || c === SLASH || c === EQUALS;

/** Encodings whose markup bytes are ASCII, so a byte scan sees every tag (UTF-16 is decoded first). */
const BYTE_SCANNABLE =
  /^(?:utf-?8|us-ascii|ascii|iso[-_]?8859-\d+|iso[-_]?latin-?\d|latin-?\d|l\d|windows-125\d|cp-?125\d|utf-?16(?:le|be)?|ucs-?2|shift[-_]jis|sjis|euc-(?:jp|kr|cn)|gb2312|gbk|gb18030|big5)$/i;

/** Where a scan of a document's first bytes ended: at `offset`, that deep, with that many elements and attributes
 *  behind it, none of `limits` broken. */
export interface ShapeScan {
  readonly offset: number;
  readonly depth: number;
  readonly nodes: number;
  readonly limits: XmlShapeLimits;
}

interface ScanState {
  at: number;
  depth: number;
  nodes: number;
  /** The scan reached the end of its code units (not a stop where the text is not well-formed). */
  ended: boolean;
}

/**
 * Refuses (1014) the first limit the document breaks; a document within them passes unchanged. With `resume`, a
 * scan of bytes the document begins with (`shapeScanBefore`, under the same limits), the scan goes on from there:
 * the scan is one pass from left to right, so it meets what it would have met, at the same offsets.
 */
export function checkXmlShape(body: Uint8Array, limits: XmlShapeLimits, resume: ShapeScan | null = null): void {
  const refusal =
    resume !== null && resume.limits === limits
      ? shapeRefusal(body, limits, { at: resume.offset, depth: resume.depth, nodes: resume.nodes, ended: false })
      : shapeRefusal(codeUnitsOf(body), limits, { at: 0, depth: 0, nodes: 0, ended: false });
  if (refusal !== null) throw fault('InvalidMessage', refusal);
}

/** The scan of a UTF-8 document's bytes before `end`, or null when they break a limit or the scan stops in them. */
export function shapeScanBefore(body: Uint8Array, end: number, limits: XmlShapeLimits): ShapeScan | null {
  const state: ScanState = { at: 0, depth: 0, nodes: 0, ended: false };
  if (shapeRefusal(body.subarray(0, end), limits, state) !== null || !state.ended) return null;
  return { offset: end, depth: state.depth, nodes: state.nodes, limits };
}

/** The document as code units a scan can read: UTF-8 and ASCII-compatible bytes as they are, UTF-16 decoded. */
function codeUnitsOf(body: Uint8Array): CodeUnits {
  const [b0, b1, b2, b3] = body;
  // UCS-4 in any byte order (three zero bytes around a '<') or a UTF-32 byte order mark
  const zeros = (b0 === 0 ? 1 : 0) + (b1 === 0 ? 1 : 0) + (b2 === 0 ? 1 : 0) + (b3 === 0 ? 1 : 0);
  if (zeros >= 3 || (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (zeros === 2 && b2 === 0xfe))
    throw fault('InvalidMessage', 'the request must be encoded in UTF-8 or UTF-16');
  const bigEndian = (b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === LT);
  const littleEndian = (b0 === 0xff && b1 === 0xfe) || (b0 === LT && b1 === 0);
  if (!bigEndian && !littleEndian) {
    checkDeclaredEncoding(body);
    return body;
  }
  const units = new Uint16Array(body.length >> 1);
  for (let i = 0; i < units.length; i++)
    units[i] = bigEndian ? (body[2 * i]! << 8) | body[2 * i + 1]! : body[2 * i]! | (body[2 * i + 1]! << 8);
  return units;
}

/** Bytes of the document the declared encoding is read from. */
const HEAD_BYTES = 200;
/** The last head accepted: a client sending the same XML declaration with each request (as all do) is matched by
 *  comparing bytes instead of decoding the head and running the expression again. */
let acceptedHead: Buffer | null = null;

function checkDeclaredEncoding(body: Uint8Array): void {
  const length = Math.min(body.length, HEAD_BYTES);
  if (acceptedHead?.length === length && acceptedHead.compare(body, 0, length) === 0) return;
  const head = Buffer.from(body.buffer, body.byteOffset, length);
  const declared = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']/.exec(head.toString('latin1'))?.[1];
  if (declared !== undefined && !BYTE_SCANNABLE.test(declared))
    throw fault('InvalidMessage', `the encoding ${declared.slice(0, 40)} is not accepted; send UTF-8 or UTF-16`);
  acceptedHead = Buffer.from(head);
}

/** Index just past the first `a b c` sequence at or after `from`, or -1. */
function skipPast(u: CodeUnits, from: number, a: number, b?: number, c?: number): number {
  for (let i = u.indexOf(a, from); i >= 0; i = u.indexOf(a, i + 1)) {
    if (b === undefined) return i + 1;
    if (u[i + 1] === b && (c === undefined || u[i + 2] === c)) return i + (c === undefined ? 2 : 3);
  }
  return -1;
}

function startsWith(u: CodeUnits, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (u[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

// The refusals' texts as functions of their own, not closures made per scan (a closure per call costs more than
// the scan of a small request's Body when the loader keeps function names).
const tooMany = (limits: XmlShapeLimits) => `the request has more than ${limits.maxNodes} elements and attributes`;
const tooLong = (at: number, limits: XmlShapeLimits) =>
  `a name at offset ${at} is longer than ${limits.maxNameLength} characters`;

/** The first limit broken, as a fault detail, or null. Stops quietly where the XML is not well-formed. Starts
 *  from `state` and leaves in it where it ended. */
function shapeRefusal(u: CodeUnits, limits: XmlShapeLimits, state: ScanState): string | null {
  let { depth, nodes } = state;
  let i = state.at;
  for (;;) {
    const lt = u.indexOf(LT, i);
    if (lt < 0) {
      Object.assign(state, { at: i, depth, nodes, ended: true });
      return null;
    }
    const c = u[lt + 1];
    if (c === SLASH) {
      depth--;
      i = skipPast(u, lt + 2, GT);
    } else if (c === QUESTION) {
      i = skipPast(u, lt + 2, QUESTION, GT);
    } else if (c === BANG) {
      if (startsWith(u, lt + 2, '--')) i = skipPast(u, lt + 4, 0x2d, 0x2d, GT);
      else if (startsWith(u, lt + 2, '[CDATA[')) i = skipPast(u, lt + 9, 0x5d, 0x5d, GT);
      else if (startsWith(u, lt + 2, 'DOCTYPE')) return 'a DTD is not allowed in a SOAP message';
      else return null; // not well-formed: the parser refuses it
    } else {
      // a start tag: its name, then attributes up to > or />
      if (++nodes > limits.maxNodes) return tooMany(limits);
      if (++depth > limits.maxDepth) return `the request nests elements deeper than ${limits.maxDepth} levels`;
      let j = lt + 1;
      while (!endsName(u[j])) j++;
      if (j - lt - 1 > limits.maxNameLength) return tooLong(lt + 1, limits);
      let attributes = 0;
      for (;;) {
        while (isSpace(u[j])) j++;
        if (u[j] === GT) break;
        if (u[j] === SLASH && u[j + 1] === GT) {
          depth--;
          j++;
          break;
        }
        const nameAt = j;
        while (!endsName(u[j])) j++;
        if (j === nameAt) return null; // not well-formed
        if (j - nameAt > limits.maxNameLength) return tooLong(nameAt, limits);
        if (++attributes > limits.maxAttributes)
          return `the element at offset ${lt} has more than ${limits.maxAttributes} attributes`;
        if (++nodes > limits.maxNodes) return tooMany(limits);
        while (isSpace(u[j])) j++;
        if (u[j] !== EQUALS) return null;
        j++;
        while (isSpace(u[j])) j++;
        const quote = u[j];
        if (quote !== DQUOTE && quote !== SQUOTE) return null;
        j = u.indexOf(quote, j + 1);
        if (j < 0) return null;
        j++;
      }
      i = j + 1;
    }
    if (i <= 0) return null; // an unterminated comment, tag or section: the parser refuses it
  }
}
