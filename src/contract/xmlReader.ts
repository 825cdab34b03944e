// Reads a schema-valid element into the typed object its descriptor describes. Validation has already
// happened (src/contract/validator.ts), so this only maps names and converts lexical values.
import { isRepeated, type ElementDescriptor, type SimpleKind } from './schemaModel.ts';
import { firstChildElement, localName, NamespaceNames, nextElement, textContent, type NodePtr } from './xmlTree.ts';

export function readElement<T>(element: NodePtr, descriptor: ElementDescriptor): T {
  return readComplex(element, descriptor, new NamespaceNames()) as T;
}

function readComplex(
  element: NodePtr,
  descriptor: ElementDescriptor,
  namespaces: NamespaceNames,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const children = descriptor.children ?? [];
  for (const child of children) if (isRepeated(child)) out[child.name] = [];
  for (let el = firstChildElement(element); el !== 0; el = nextElement(el)) {
    const name = localName(el);
    const ns = namespaces.of(el);
    const d = children.find((c) => c.name === name && c.ns === ns);
    if (!d) continue; // cannot happen after validation; ignored rather than guessed
    const value = d.kind === 'complex' ? readComplex(el, d, namespaces) : convert(textContent(el), d.kind);
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
