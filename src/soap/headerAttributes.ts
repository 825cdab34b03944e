// Attributes a SOAP stack puts on a header block that are not part of the header's own schema type: SOAP's
// processing attributes (soap:mustUnderstand, soap:actor, soap:encodingStyle — gSOAP, PHP's SoapHeader with
// mustUnderstand, .NET MustUnderstand=true), WS-Security's wsu:Id, and any other attribute in a foreign namespace.
// They are dropped from the block before it is validated, so its content is validated exactly as before;
// unqualified attributes stay (the header types declare none, so they still fail validation) and xsi:* stay
// for the validator (src/contract/typeAnnotations.ts). mustUnderstand itself is honoured in ./mustUnderstand.ts.
import { attributes, hasAttributes, namespaceUri, removeAttribute, type NodePtr } from '../contract/xmlTree.ts';
import { XSI_NS } from '../contract/typeAnnotations.ts';

export function dropForeignAttributes(header: NodePtr): void {
  if (!hasAttributes(header)) return;
  const own = namespaceUri(header);
  for (const attr of attributes(header)) {
    if (attr.ns !== '' && attr.ns !== XSI_NS && attr.ns !== own) removeAttribute(attr);
  }
}
