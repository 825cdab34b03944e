// The two DFDG security headers (conventions.md §1.2-1.3): present (8232/8233) and sent once (1014),
// deserialisable against their schema (8234/8235) once the SOAP stack's own attributes are set aside
// (./headerAttributes.ts, src/contract/typeAnnotations.ts), and carrying known organisation and user types (8173/8174).
import {
  ActiveOrganisationHeaderElement,
  CivilRegistrationIdentifierElement,
  RequestUserMetadataHeaderElement,
} from '../contract/generated/services.ts';
import type { ActiveOrganisationHeaderType, RequestUserMetadataType } from '../contract/generated/types.ts';
import type { ContractValidator } from '../contract/validator.ts';
import { dropBuiltinTypeAnnotations } from '../contract/typeAnnotations.ts';
import { readElement } from '../contract/xmlReader.ts';
import { localName, namespaceUri, textContent, type NodePtr } from '../contract/xmlTree.ts';
import { codeList } from '../domain/codelists.ts';
import type { IsoDate } from '../domain/types.ts';
import { fault, type FaultName } from '../faults/catalogue.ts';
import { dropForeignAttributes } from './headerAttributes.ts';

export interface SecurityHeaders {
  activeOrganisation: ActiveOrganisationHeaderType;
  userMetadata: RequestUserMetadataType;
}

export function readSecurityHeaders(
  headers: readonly NodePtr[],
  validator: ContractValidator,
  businessDate: IsoDate,
): SecurityHeaders {
  const aoh = onlyOne(headers, 'ActiveOrganisationHeader');
  if (!aoh) throw fault('MissingActiveOrganisationHeader');
  const rum = onlyOne(headers, 'RequestUserMetadataHeader');
  if (!rum) throw fault('MissingRequestUserMetadataHeader');
  const activeOrganisation = readHeader<ActiveOrganisationHeaderType>(
    aoh,
    validator,
    ActiveOrganisationHeaderElement.ns,
    'BadActiveOrganisationHeader',
  );
  const userMetadata = readHeader<RequestUserMetadataType>(
    rum,
    validator,
    RequestUserMetadataHeaderElement.ns,
    'BadRequestUserMetadataHeader',
  );

  const organisationTypes = codeList('organisation-types');
  for (const type of [
    activeOrganisation.OrganisationTypeIdentifier,
    userMetadata.RequestOrganisationStructure.OrganisationTypeIdentifier.CodeListItemIdentifier,
  ]) {
    if (organisationTypes.validity(type, businessDate) !== 'valid')
      throw fault('InvalidOrganisationType', `OrganisationTypeIdentifier ${type}`);
  }
  const userType = userMetadata.RequestUserStructure.RequestUserTypeIdentifier.CodeListItemIdentifier;
  if (codeList('user-types').validity(userType, businessDate) !== 'valid')
    throw fault('InvalidUserType', `RequestUserTypeIdentifier ${userType}`);
  return { activeOrganisation, userMetadata };
}

/** The header block of that name, or null; a second one is refused rather than silently ignored. */
function onlyOne(headers: readonly NodePtr[], name: string): NodePtr | null {
  const found = headers.filter((h) => localName(h) === name);
  if (found.length > 1)
    throw fault('InvalidMessage', `the SOAP Header holds ${found.length} ${name} blocks; send exactly one`);
  return found[0] ?? null;
}

function readHeader<T>(element: NodePtr, validator: ContractValidator, ns: string, onError: FaultName): T {
  if (namespaceUri(element) !== ns) throw fault(onError, `expected the header in namespace ${ns}`);
  const descriptor =
    ns === ActiveOrganisationHeaderElement.ns ? ActiveOrganisationHeaderElement : RequestUserMetadataHeaderElement;
  dropForeignAttributes(element);
  dropBuiltinTypeAnnotations(element, descriptor);
  const issues = validator.validate(element);
  if (issues.length > 0) throw fault(onError, ...issues.map((i) => i.message));
  return readElement<T>(element, descriptor, onError);
}

/** The citizen's CPR in the CivilRegistrationIdentifier header (JobnetCitizenStatusService v10, D-131), or null
 *  when the request has none; a malformed CPR is 1001, a second block 1014. */
export function readCitizenHeader(headers: readonly NodePtr[], validator: ContractValidator): string | null {
  const found = headers.filter(
    (h) =>
      localName(h) === CivilRegistrationIdentifierElement.name &&
      namespaceUri(h) === CivilRegistrationIdentifierElement.ns,
  );
  if (found.length > 1)
    throw fault('InvalidMessage', `the SOAP Header holds ${found.length} CivilRegistrationIdentifier blocks`);
  const header = found[0];
  if (header === undefined) return null;
  dropForeignAttributes(header);
  dropBuiltinTypeAnnotations(header, CivilRegistrationIdentifierElement);
  const issues = validator.validate(header);
  if (issues.length > 0) throw fault('InvalidCpr', ...issues.map((i) => i.message));
  return textContent(header);
}
