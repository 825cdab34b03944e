// Parses a SOAP 1.1 request once (libxml2 through ../contract/xmlParser.ts: no network, no external entities, no DTD) and finds its
// header blocks and the Body's operation element. The caller disposes the document.
import { ParseOption } from 'libxml2-wasm';
import { parseDocument, XmlSyntaxError, type ParsedDocument } from '../contract/xmlParser.ts';
import { firstChildElement, localName, namespaceUri, nextElement, type NodePtr } from '../contract/xmlTree.ts';
import { joinXml, type XmlText } from '../contract/xmlWriter.ts';
import { fault } from '../faults/catalogue.ts';

export const SOAP11_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const PARSE_OPTIONS =
  ParseOption.XML_PARSE_NONET |
  ParseOption.XML_PARSE_NO_XXE |
  ParseOption.XML_PARSE_NOBLANKS |
  ParseOption.XML_PARSE_COMPACT;

export interface ParsedEnvelope {
  doc: ParsedDocument;
  /** The header blocks (child elements of soap:Header), in document order. */
  headers: NodePtr[];
  /** The operation element: the one child element of soap:Body. */
  body: NodePtr;
  /** soap:Header is there and comes before soap:Body (so the bytes before the Body hold all of it). */
  headerBeforeBody: boolean;
  /** soap:Body's position among the Envelope's child elements (0-based). */
  bodyIndex: number;
}

export function parseEnvelope(buffer: Uint8Array): ParsedEnvelope {
  let doc: ParsedDocument;
  try {
    doc = parseDocument(buffer, PARSE_OPTIONS);
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw fault('InvalidMessage', `not well-formed XML: ${err.message.trim()}`);
    throw err;
  }
  try {
    if (doc.hasDtd) throw fault('InvalidMessage', 'a DTD is not allowed in a SOAP message');
    const root = doc.root;
    if (localName(root) !== 'Envelope' || namespaceUri(root) !== SOAP11_NS) {
      throw fault('InvalidMessage', `expected a SOAP 1.1 Envelope in ${SOAP11_NS}`);
    }
    const parts = childElements(root);
    const { header, body } = headerAndBody(parts);
    const requests = body ? childElements(body) : [];
    if (requests.length === 0) throw fault('InvalidMessage', 'the SOAP Body holds no request element');
    if (requests.length > 1)
      throw fault(
        'InvalidMessage',
        `the SOAP Body holds ${requests.length} elements; send exactly one request element`,
      );
    return {
      doc,
      headers: header ? childElements(header) : [],
      body: requests[0]!,
      headerBeforeBody: header !== null && parts.indexOf(header) < parts.indexOf(body!),
      bodyIndex: parts.indexOf(body!),
    };
  } catch (err) {
    doc.dispose();
    throw err;
  }
}

/**
 * A request whose bytes before its SOAP Body are those of a request read before (./securityHeaderCache.ts), parsed
 * without its Header: `envelopeStart` is that request's XML declaration and Envelope start tag (every namespace
 * declaration in scope at its Body), `rest` this request's bytes from its Body's start tag on. Cutting the Header
 * region (a run of whole, well-formed element content) out of the Envelope changes neither whether the document
 * is well-formed nor anything of the Body. Null (nothing kept) when the rest is not what a request with that
 * Header may carry and still be answered — not well-formed, another Header or element beside the Body, not
 * exactly one request element: the caller then parses the whole request, which gives the fault.
 */
export function parseEnvelopeAfterHeader(envelopeStart: Uint8Array, rest: Uint8Array): ParsedEnvelope | null {
  let doc: ParsedDocument;
  try {
    doc = parseDocument(Buffer.concat([envelopeStart, rest]), PARSE_OPTIONS);
  } catch (err) {
    if (err instanceof XmlSyntaxError) return null;
    throw err;
  }
  const part = firstChildElement(doc.root);
  const request = part === 0 ? 0 : firstChildElement(part);
  if (
    doc.hasDtd ||
    part === 0 ||
    nextElement(part) !== 0 ||
    localName(part) !== 'Body' ||
    namespaceUri(part) !== SOAP11_NS ||
    request === 0 ||
    nextElement(request) !== 0
  ) {
    doc.dispose();
    return null;
  }
  return { doc, headers: [], body: request, headerBeforeBody: true, bodyIndex: -1 };
}

/** The envelope's Header and Body, each null when absent; a second one is refused rather than silently ignored.
 *  Each part's name is read out of libxml2's memory once, its namespace only when the name is Header or Body. */
function headerAndBody(parts: readonly NodePtr[]): { header: NodePtr | null; body: NodePtr | null } {
  const found = { Header: [] as NodePtr[], Body: [] as NodePtr[] };
  for (const part of parts) {
    const name = localName(part);
    if ((name === 'Header' || name === 'Body') && namespaceUri(part) === SOAP11_NS) found[name].push(part);
  }
  for (const name of ['Header', 'Body'] as const)
    if (found[name].length > 1)
      throw fault('InvalidMessage', `the SOAP Envelope holds ${found[name].length} ${name} elements`);
  return { header: found.Header[0] ?? null, body: found.Body[0] ?? null };
}

function childElements(parent: NodePtr): NodePtr[] {
  const out: NodePtr[] = [];
  for (let n = firstChildElement(parent); n !== 0; n = nextElement(n)) out.push(n);
  return out;
}

export function envelope(bodyXml: string): string;
export function envelope(bodyXml: XmlText): XmlText;
export function envelope(bodyXml: XmlText): XmlText {
  return joinXml([`<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body>`, bodyXml, '</s:Body></s:Envelope>']);
}
