// Reads a schema-valid element into the typed object its descriptor describes. Validation has already
// happened (src/contract/validator.ts), so this only maps names and converts lexical values.
import type { XmlElement, XmlTreeNode } from 'libxml2-wasm';
import { isRepeated, type ElementDescriptor, type SimpleKind } from './schemaModel.ts';

export function readElement<T>(element: XmlElement, descriptor: ElementDescriptor): T {
  return readComplex(element, descriptor) as T;
}

function readComplex(element: XmlElement, descriptor: ElementDescriptor): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const children = descriptor.children ?? [];
  for (const child of children) if (isRepeated(child)) out[child.name] = [];
  for (let node: XmlTreeNode | null = element.firstChild; node; node = node.next) {
    if (!('attrs' in node)) continue;
    const el = node as XmlElement;
    const d = children.find((c) => c.name === el.name && c.ns === el.namespaceUri);
    if (!d) continue; // cannot happen after validation; ignored rather than guessed
    const value = d.kind === 'complex' ? readComplex(el, d) : convert(el.content, d.kind);
    if (isRepeated(d)) (out[d.name] as unknown[]).push(value);
    else out[d.name] = value;
  }
  return out;
}

function convert(text: string, kind: SimpleKind): unknown {
  switch (kind) {
    case 'int':
    case 'decimal':
      return Number(text.trim());
    case 'boolean': {
      const t = text.trim();
      return t === 'true' || t === '1';
    }
    case 'date':
    case 'dateTime':
      return text.trim();
    case 'string':
      return text;
  }
}
