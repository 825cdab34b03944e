// Writes a typed object as the XML its descriptor describes, in schema order, with one prefix per
// namespace declared on the outermost element. Prefix maps are computed once per descriptor.
import { isRepeated, type ElementDescriptor } from './schemaModel.ts';

/** The prefix of each namespace under one root element, and their declarations on it. */
interface Prefixes {
  map: Map<string, string>;
  decls: string;
}

const prefixCache = new WeakMap<ElementDescriptor, Prefixes>();

function prefixes(root: ElementDescriptor): Prefixes {
  let cached = prefixCache.get(root);
  if (!cached) {
    const map = new Map<string, string>();
    const visit = (d: ElementDescriptor) => {
      if (!map.has(d.ns)) map.set(d.ns, `n${map.size}`);
      d.children?.forEach(visit);
    };
    visit(root);
    const decls = [...map].map(([ns, p]) => ` xmlns:${p}="${escapeXml(ns)}"`).join('');
    cached = { map, decls };
    prefixCache.set(root, cached);
  }
  return cached;
}

/** XML text, or its UTF-8 bytes: a large answer made of stored payloads read as bytes (WSRM items) goes to
 *  the wire without being decoded into a string, joined and encoded again. */
export type XmlText = string | Buffer;

/**
 * An element serialised earlier by writeElement with the same descriptor (an outbox payload, say): written
 * as is where a value of that element is expected. Only for XML this process wrote itself.
 */
export class PreSerialized {
  constructor(readonly xml: XmlText) {}
}

/**
 * A value several elements carry alike (one change's notification body, sent to several receivers, each with its
 * own message id): serialised once per element descriptor and namespace prefixes, then written as is wherever it
 * goes again. The bytes are those writing it in place would give.
 */
export class SharedValue {
  private readonly written = new Map<ElementDescriptor, Map<string, XmlText>>();

  constructor(readonly value: unknown) {}

  /** @internal the value as written under `d` with `prefixes`, serialised on first use. */
  writtenAs(d: ElementDescriptor, prefixes: Prefixes): XmlText {
    let byPrefixes = this.written.get(d);
    if (!byPrefixes) this.written.set(d, (byPrefixes = new Map()));
    let xml = byPrefixes.get(prefixes.decls);
    if (xml === undefined) {
      const parts: XmlText[] = [];
      write(this.value, d, prefixes, parts, false);
      byPrefixes.set(prefixes.decls, (xml = joinXml(parts)));
    }
    return xml;
  }
}

/** One text when every part is text; otherwise the bytes of all parts (adjacent texts encoded together). */
export function joinXml(parts: readonly XmlText[]): XmlText {
  if (parts.every((p) => typeof p === 'string')) return parts.join('');
  const chunks: Buffer[] = [];
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    if (text) chunks.push(Buffer.from(text));
    text = '';
    chunks.push(part);
  }
  if (text) chunks.push(Buffer.from(text));
  return Buffer.concat(chunks);
}

/** The element as XML, as bytes when a PreSerialized value came as bytes. */
export function writeXml(value: unknown, descriptor: ElementDescriptor): XmlText {
  const parts: XmlText[] = [];
  write(value, descriptor, prefixes(descriptor), parts, true);
  return joinXml(parts);
}

/** The element as an XML string (outbox payloads, which are written from typed values only). */
export function writeElement(value: unknown, descriptor: ElementDescriptor): string {
  const xml = writeXml(value, descriptor);
  return typeof xml === 'string' ? xml : xml.toString('utf8');
}

function write(value: unknown, d: ElementDescriptor, p: Prefixes, out: XmlText[], root: boolean): void {
  if (value instanceof PreSerialized) {
    out.push(value.xml);
    return;
  }
  if (value instanceof SharedValue) {
    if (root) throw new Error(`${d.name}: a SharedValue is a part of an element, not the element`);
    out.push(value.writtenAs(d, p));
    return;
  }
  const tag = `${p.map.get(d.ns)}:${d.name}`;
  const decls = root ? p.decls : '';
  if (d.kind !== 'complex') {
    out.push(`<${tag}${decls}>${escapeXml(String(value))}</${tag}>`);
    return;
  }
  out.push(`<${tag}${decls}>`);
  const record = value as Record<string, unknown>;
  for (const child of d.children ?? []) {
    const v = record[child.name];
    if (v === undefined || v === null) {
      if (child.minOccurs > 0 && !isRepeated(child)) throw new Error(`${d.name}/${child.name} is required`);
      continue;
    }
    if (isRepeated(child)) for (const item of v as unknown[]) write(item, child, p, out, false);
    else write(v, child, p, out, false);
  }
  out.push(`</${tag}>`);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
