// Reading a parsed libxml2 tree by node pointer. libxml2-wasm's DOM wraps every node it hands out in a
// JS object (firstChild, next, name and namespaceUri each allocate and cross into WebAssembly); the
// typed readers below walk the same tree through libxml2's node structs instead, allocating nothing but
// the strings they return. In the GetPersonExempts profile under wrk, reading both headers and the Body
// (validation included) went from ~85 µs to ~35 µs per request. These struct accessors are libxml2-wasm internals, so the package
// is pinned exactly in package.json; test/unit/xmlTree.test.ts checks them against the public DOM.
import type { XmlElement } from 'libxml2-wasm';
import {
  XmlAttrStruct,
  XmlNodeStruct,
  XmlNsStruct,
  xmlNodeGetContent,
  xmlRemoveProp,
  xmlSearchNs,
} from 'libxml2-wasm/lib/libxml2.mjs';

export type NodePtr = number;

const ELEMENT_NODE = 1;

/** The libxml2 node behind a DOM element (valid while its document is). */
export function nodeOf(element: XmlElement): NodePtr {
  return (element as unknown as { _nodePtr: NodePtr })._nodePtr;
}

function elementFrom(ptr: NodePtr): NodePtr {
  let n = ptr;
  while (n !== 0 && XmlNodeStruct.type(n) !== ELEMENT_NODE) n = XmlNodeStruct.next(n);
  return n;
}

/** The first child element, or 0. */
export function firstChildElement(parent: NodePtr): NodePtr {
  return elementFrom(XmlNodeStruct.children(parent));
}

/** The next sibling element, or 0. */
export function nextElement(node: NodePtr): NodePtr {
  return elementFrom(XmlNodeStruct.next(node));
}

export function localName(node: NodePtr): string {
  return XmlNodeStruct.name_(node);
}

export function namespaceUri(node: NodePtr): string {
  const ns = XmlNodeStruct.namespace(node);
  return ns === 0 ? '' : XmlNsStruct.href(ns);
}

/**
 * Namespace URIs decoded once per namespace declaration: the elements of a document share a handful of
 * declarations, and a declaration's URI cannot change while its document lives. Use one instance per
 * document read, never across documents (a freed declaration's address is reused).
 */
export class NamespaceNames {
  private readonly byDeclaration = new Map<number, string>();

  of(node: NodePtr): string {
    const ns = XmlNodeStruct.namespace(node);
    if (ns === 0) return '';
    let uri = this.byDeclaration.get(ns);
    if (uri === undefined) this.byDeclaration.set(ns, (uri = XmlNsStruct.href(ns)));
    return uri;
  }
}

/** The text of the element and its descendants (entities resolved, CDATA included). */
export function textContent(node: NodePtr): string {
  return xmlNodeGetContent(node);
}

/** One attribute of an element: its node, local name and namespace URI ('' when unqualified). */
export interface AttributeRef {
  readonly ptr: number;
  readonly name: string;
  readonly ns: string;
}

/** Whether the element has any attribute (one pointer read; namespace declarations are not attributes). */
export function hasAttributes(node: NodePtr): boolean {
  return XmlNodeStruct.properties(node) !== 0;
}

/** The attributes of an element, in document order (namespace declarations are not attributes). */
export function attributes(node: NodePtr): AttributeRef[] {
  const out: AttributeRef[] = [];
  for (let a = XmlNodeStruct.properties(node); a !== 0; a = XmlAttrStruct.next(a)) {
    const ns = XmlNodeStruct.namespace(a); // xmlAttr has its ns at the same offset as xmlNode
    out.push({ ptr: a, name: XmlAttrStruct.name_(a), ns: ns === 0 ? '' : XmlNsStruct.href(ns) });
  }
  return out;
}

/** The value of an attribute (entities resolved). */
export function attributeValue(attr: AttributeRef): string {
  return xmlNodeGetContent(attr.ptr);
}

/** Removes the attribute from its element and frees it; the AttributeRef must not be used afterwards. */
export function removeAttribute(attr: AttributeRef): void {
  if (xmlRemoveProp(attr.ptr) !== 0) throw new Error(`libxml2 could not remove the attribute ${attr.name}`);
}

/** The namespace URI a prefix (null: the default namespace) is bound to in scope of the element, or null. */
export function namespaceOfPrefix(node: NodePtr, prefix: string | null): string | null {
  const ns = xmlSearchNs(XmlNodeStruct.doc(node), node, prefix as string);
  return ns === 0 ? null : XmlNsStruct.href(ns);
}
