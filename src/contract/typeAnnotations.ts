// xsi:type annotations as SOAP::Lite, Axis 1 and nusoap send them on document/literal requests. An annotation
// naming the element's own declared type is valid XSD and the validator accepts it as it stands (whatever prefix
// is bound to the type's namespace). These stacks also write the built-in type they serialised from, e.g.
// xsi:type="xsd:string" on an element whose declared type restricts xs:string (a CPR pattern, a length): XSD
// refuses that (the built-in is the base, not a derivation), yet it says nothing the declaration does not. Such
// an annotation is dropped when the built-in has the element's own kind, so the declared type's facets still
// apply; any other annotation (a different type, another kind of built-in) is left for the validator to refuse.
import { BUILTIN_KIND, type ElementDescriptor, type SimpleKind } from './schemaModel.ts';
import {
  attributes,
  attributeValue,
  firstChildElement,
  hasAttributes,
  localName,
  namespaceOfPrefix,
  namespaceUri,
  nextElement,
  removeAttribute,
  type NodePtr,
} from './xmlTree.ts';

export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema';

/** Drops xsi:type="xsd:<built-in of the element's kind>" from the element and its descendants. */
export function dropBuiltinTypeAnnotations(element: NodePtr, descriptor: ElementDescriptor): void {
  walk(element, () => descriptor);
}

/**
 * Visits every element by pointer alone (no names read: most requests carry no attribute at all); an element's
 * descriptor is looked up, through its ancestors', only when it carries an xsi:type.
 */
function walk(element: NodePtr, descriptorOf: () => ElementDescriptor | undefined): void {
  if (hasAttributes(element)) {
    for (const attr of attributes(element)) {
      if (attr.ns !== XSI_NS || attr.name !== 'type') continue;
      const d = descriptorOf(); // undefined: an element the schema does not know, the validator's to refuse
      if (d && d.kind !== 'complex' && namesBuiltinOfKind(element, attributeValue(attr), d.kind)) removeAttribute(attr);
    }
  }
  for (let child = firstChildElement(element); child !== 0; child = nextElement(child)) {
    let looked = false;
    let found: ElementDescriptor | undefined;
    walk(child, () => {
      if (!looked) {
        looked = true;
        const name = localName(child);
        const ns = namespaceUri(child);
        found = descriptorOf()?.children?.find((c) => c.name === name && c.ns === ns);
      }
      return found;
    });
  }
}

function namesBuiltinOfKind(element: NodePtr, qname: string, kind: SimpleKind): boolean {
  const value = qname.trim();
  const colon = value.indexOf(':');
  const prefix = colon < 0 ? null : value.slice(0, colon);
  return BUILTIN_KIND[value.slice(colon + 1)] === kind && namespaceOfPrefix(element, prefix) === XSD_NS;
}
