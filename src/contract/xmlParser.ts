// Parsing a request with one libxml2 parser context kept across documents. libxml2-wasm's XmlDocument.fromBuffer
// allocates a parser context, an error slot and a wrapper object per document and frees them again; reusing
// the context (libxml2 resets it at every xmlCtxtReadMemory) and handing out the document by pointer cut
// parsing a ~2.3 KB envelope from ~31 to ~24 µs here (README "Where a request's CPU goes"). The context's name
// dictionary lives on across documents, so the context is replaced every PARSES_PER_CONTEXT documents: names a
// client makes up cannot grow it without bound. Parsing is synchronous, so one context serves the process.
// Like ./xmlTree.ts this uses libxml2-wasm's internals (pinned exactly in package.json, checked by
// test/unit/xmlTree.test.ts).
import {
  error as libxml2Errors,
  xmlCtxtSetErrorHandler,
  xmlDocGetRootElement,
  xmlFreeDoc,
  xmlFreeParserCtxt,
  xmlGetIntSubset,
  xmlNewParserCtxt,
  xmlReadMemory,
} from 'libxml2-wasm/lib/libxml2.mjs';
import type { NodePtr } from './xmlTree.ts';

/** Documents parsed with one context before it is replaced (bounds its name dictionary). */
const PARSES_PER_CONTEXT = 1000;
/** libxml2's xmlErrorLevel: diagnostics at this severity or above make the document unusable. */
const XML_ERR_ERROR = 2;

/** A document that is not well-formed XML; the message is libxml2's, as libxml2-wasm's XmlParseError has it. */
export class XmlSyntaxError extends Error {}

/** A parsed document by pointer; dispose() frees it (exactly once). */
export interface ParsedDocument {
  /** The root element (0 when there is none). */
  readonly root: NodePtr;
  /** Whether the document has a DOCTYPE. */
  readonly hasDtd: boolean;
  dispose(): void;
}

let context = 0;
let parses = 0;
const errorsAt = libxml2Errors.storage.allocate([]);

function parserContext(): number {
  if (context !== 0 && parses < PARSES_PER_CONTEXT) return context;
  if (context !== 0) xmlFreeParserCtxt(context); // documents parsed with it keep their dictionary alive
  context = xmlNewParserCtxt();
  if (context === 0) throw new Error('libxml2 could not allocate a parser context');
  xmlCtxtSetErrorHandler(context, libxml2Errors.errorCollector, errorsAt);
  parses = 0;
  return context;
}

/** Parses `bytes` with libxml2 `options` (ParseOption flags); a document that is not well-formed: XmlSyntaxError. */
export function parseDocument(bytes: Uint8Array, options: number): ParsedDocument {
  const ctxt = parserContext();
  parses++;
  const details = libxml2Errors.storage.get(errorsAt)!;
  details.length = 0;
  const doc = xmlReadMemory(ctxt, bytes, null, null, options);
  if (doc === 0 || details.some((d) => d.level >= XML_ERR_ERROR)) {
    if (doc !== 0) xmlFreeDoc(doc);
    const message = details.length > 0 ? details.map((d) => d.message).join('') : 'Failed to parse XML';
    details.length = 0;
    throw new XmlSyntaxError(message);
  }
  details.length = 0;
  let disposed = false;
  return {
    root: xmlDocGetRootElement(doc),
    hasDtd: xmlGetIntSubset(doc) !== 0,
    dispose() {
      if (disposed) return;
      disposed = true;
      xmlFreeDoc(doc);
    },
  };
}
