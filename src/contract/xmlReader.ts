// Reads a schema-valid element into the typed object its descriptor describes. Validation has already
// happened (src/contract/validator.ts), so this only maps names and converts lexical values, refusing only
// what the schema allows and DFDG does not: a date outside 1900–2099 (./dateRange.ts), as `onRefusal`.
import { fault, type FaultName } from '../faults/catalogue.ts';
import { dateOutOfRange } from './dateRange.ts';
import { isRepeated, type ElementDescriptor, type SimpleKind } from './schemaModel.ts';
import { firstChildElement, localName, NamespaceNames, nextElement, textContent, type NodePtr } from './xmlTree.ts';

export function readElement<T>(
  element: NodePtr,
  descriptor: ElementDescriptor,
  onRefusal: FaultName = 'InvalidMessage',
): T {
  return readComplex(element, descriptor, new NamespaceNames(), onRefusal) as T;
}

function readComplex(
  element: NodePtr,
  descriptor: ElementDescriptor,
  namespaces: NamespaceNames,
  onRefusal: FaultName,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const children = descriptor.children ?? [];
  for (const child of children) if (isRepeated(child)) out[child.name] = [];
  for (let el = firstChildElement(element); el !== 0; el = nextElement(el)) {
    const name = localName(el);
    const ns = namespaces.of(el);
    const d = children.find((c) => c.name === name && c.ns === ns);
    if (!d) continue; // cannot happen after validation; ignored rather than guessed
    const value =
      d.kind === 'complex' ? readComplex(el, d, namespaces, onRefusal) : convert(textContent(el), d, onRefusal);
    if (isRepeated(d)) (out[d.name] as unknown[]).push(value);
    else out[d.name] = value;
  }
  return out;
}

function convert(text: string, { name, kind }: ElementDescriptor, onRefusal: FaultName): unknown {
  switch (kind as SimpleKind) {
    case 'int':
    case 'decimal':
      return Number(text.trim());
    case 'boolean': {
      const t = text.trim();
      return t === 'true' || t === '1';
    }
    case 'date':
    case 'dateTime': {
      const refusal = dateOutOfRange(name, text);
      if (refusal !== null) throw fault(onRefusal, refusal);
      return text.trim();
    }
    case 'string':
      return text;
  }
}
