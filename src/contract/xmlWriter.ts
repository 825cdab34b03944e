// Writes a typed object as the XML its descriptor describes, in schema order, with one prefix per
// namespace declared on the outermost element. Prefix maps are computed once per descriptor.
import { isRepeated, type ElementDescriptor } from './schemaModel.ts';

const prefixCache = new WeakMap<ElementDescriptor, { map: Map<string, string>; decls: string }>();

function prefixes(root: ElementDescriptor) {
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
  const { map, decls } = prefixes(descriptor);
  const parts: XmlText[] = [];
  write(value, descriptor, map, parts, decls);
  return joinXml(parts);
}

/** The element as an XML string (outbox payloads, which are written from typed values only). */
export function writeElement(value: unknown, descriptor: ElementDescriptor): string {
  const xml = writeXml(value, descriptor);
  return typeof xml === 'string' ? xml : xml.toString('utf8');
}

function write(value: unknown, d: ElementDescriptor, map: Map<string, string>, out: XmlText[], decls = ''): void {
  if (value instanceof PreSerialized) {
    out.push(value.xml);
    return;
  }
  const tag = `${map.get(d.ns)}:${d.name}`;
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
    if (isRepeated(child)) for (const item of v as unknown[]) write(item, child, map, out);
    else write(v, child, map, out);
  }
  out.push(`</${tag}>`);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
