// Parses a SOAP 1.1 request once (libxml2, no network, no external entities, no DTD) and finds its
// header blocks and the Body's operation element. The caller disposes the document.
import { ParseOption, XmlDocument, XmlParseError, type XmlElement, type XmlTreeNode } from 'libxml2-wasm';
import { fault } from '../faults/catalogue.ts';

export const SOAP11_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const PARSE_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_NOBLANKS | ParseOption.XML_PARSE_COMPACT;

export interface ParsedEnvelope {
  doc: XmlDocument;
  headers: XmlElement[];
  body: XmlElement;
}

export function parseEnvelope(buffer: Uint8Array): ParsedEnvelope {
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromBuffer(buffer, { option: PARSE_OPTIONS });
  } catch (err) {
    if (err instanceof XmlParseError) throw fault('InvalidMessage', `not well-formed XML: ${err.message.trim()}`);
    throw err;
  }
  try {
    if (doc.dtd) throw fault('InvalidMessage', 'a DTD is not allowed in a SOAP message');
    const root = doc.root;
    if (root.name !== 'Envelope' || root.namespaceUri !== SOAP11_NS) {
      throw fault('InvalidMessage', `expected a SOAP 1.1 Envelope in ${SOAP11_NS}`);
    }
    const parts = elements(root);
    const header = parts.find((e) => e.name === 'Header' && e.namespaceUri === SOAP11_NS);
    const body = parts.find((e) => e.name === 'Body' && e.namespaceUri === SOAP11_NS);
    const operation = body ? elements(body)[0] : undefined;
    if (!operation) throw fault('InvalidMessage', 'the SOAP Body holds no request element');
    return { doc, headers: header ? elements(header) : [], body: operation };
  } catch (err) {
    doc.dispose();
    throw err;
  }
}

export function elements(parent: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n: XmlTreeNode | null = parent.firstChild; n; n = n.next) if ('attrs' in n) out.push(n as XmlElement);
  return out;
}

export function envelope(bodyXml: string): string {
  return `<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body>${bodyXml}</s:Body></s:Envelope>`;
}
