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

/**
 * An element serialised earlier by writeElement with the same descriptor (an outbox payload, say): written
 * as is where a value of that element is expected. Only for XML this process wrote itself.
 */
export class PreSerialized {
  constructor(readonly xml: string) {}
}

export function writeElement(value: unknown, descriptor: ElementDescriptor): string {
  const { map, decls } = prefixes(descriptor);
  const parts: string[] = [];
  write(value, descriptor, map, parts, decls);
  return parts.join('');
}

function write(value: unknown, d: ElementDescriptor, map: Map<string, string>, out: string[], decls = ''): void {
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
