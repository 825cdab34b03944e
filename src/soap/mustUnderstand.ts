// SOAP 1.1 §4.2.3: a header block targeted at this node (no soap:actor, or the "next" actor, which includes the
// ultimate receiver) with soap:mustUnderstand="1" must be understood or the message refused with the
// MustUnderstand fault; a block without it is ignored. The facade understands the two DFDG security headers, the
// citizen's CPR header (D-131) and the WS-Addressing MessageID (a write's message identifier, D-148).
// Stacks write the attribute as "1"/"0" (SOAP 1.1), .NET and PHP also as "true"/"false"; any other value is 1014.
import {
  ActiveOrganisationHeaderElement,
  CivilRegistrationIdentifierElement,
  RequestUserMetadataHeaderElement,
} from '../contract/generated/services.ts';
import {
  attributes,
  attributeValue,
  hasAttributes,
  localName,
  namespaceUri,
  type NodePtr,
} from '../contract/xmlTree.ts';
import { fault } from '../faults/catalogue.ts';
import { SOAP11_NS } from './envelope.ts';
import { ADDRESSING_NS } from './messageIdentifier.ts';
import { mustUnderstandFault } from './protocolFault.ts';

/** The actor URI that addresses every SOAP node, the ultimate receiver included. */
export const SOAP11_ACTOR_NEXT = 'http://schemas.xmlsoap.org/soap/actor/next';

const UNDERSTOOD = new Set([
  ...[ActiveOrganisationHeaderElement, RequestUserMetadataHeaderElement, CivilRegistrationIdentifierElement].map(
    (e) => `{${e.ns}}${e.name}`,
  ),
  ...[...ADDRESSING_NS].map((ns) => `{${ns}}MessageID`),
]);

export function checkMustUnderstand(headers: readonly NodePtr[]): void {
  for (const header of headers) {
    if (!hasAttributes(header)) continue;
    let mustUnderstand = false;
    let actor: string | null = null;
    for (const attr of attributes(header)) {
      if (attr.ns !== SOAP11_NS) continue;
      if (attr.name === 'mustUnderstand') mustUnderstand = flag(attributeValue(attr), localName(header));
      else if (attr.name === 'actor') actor = attributeValue(attr).trim();
    }
    const name = localName(header);
    const ns = namespaceUri(header);
    const forThisNode = actor === null || actor === '' || actor === SOAP11_ACTOR_NEXT;
    if (mustUnderstand && forThisNode && !UNDERSTOOD.has(`{${ns}}${name}`)) throw mustUnderstandFault(name, ns);
  }
}

function flag(value: string, header: string): boolean {
  switch (value.trim()) {
    case '1':
    case 'true':
      return true;
    case '0':
    case 'false':
      return false;
    default:
      throw fault('InvalidMessage', `soap:mustUnderstand on ${header} must be 0 or 1, got '${value}'`);
  }
}
