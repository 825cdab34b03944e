// RequestUserMetadataHeader ⇄ the domain's RegisteringUser: read from an authority's request, written back
// as RegisteringUser in the WSRM metadata of the notifications its change causes.
import type { RequestUserMetadataType } from '../generated/types.ts';
import type { RegisteringUser } from '../../domain/types.ts';

export function fromRequestUserMetadata(h: RequestUserMetadataType): RegisteringUser {
  return {
    fullName: h.RequestUserStructure.UserFullName,
    userType: h.RequestUserStructure.RequestUserTypeIdentifier.CodeListItemIdentifier,
    userIdentifier: h.RequestUserStructure.UserIdentifier,
    email: h.RequestUserStructure.UserEmail ?? null,
    organisationType: h.RequestOrganisationStructure.OrganisationTypeIdentifier.CodeListItemIdentifier,
    organisationCode: h.RequestOrganisationStructure.OrganisationCode,
    registeredAt: h.RegistrationDateTime ?? null,
  };
}

export function toRequestUserMetadata(u: RegisteringUser): RequestUserMetadataType {
  return {
    RequestUserStructure: {
      UserFullName: u.fullName,
      RequestUserTypeIdentifier: { CodeListItemIdentifier: u.userType },
      UserIdentifier: u.userIdentifier,
      ...(u.email !== null ? { UserEmail: u.email } : {}),
    },
    RequestOrganisationStructure: {
      OrganisationTypeIdentifier: { CodeListItemIdentifier: u.organisationType },
      OrganisationCode: u.organisationCode,
    },
    ...(u.registeredAt !== null ? { RegistrationDateTime: u.registeredAt } : {}),
  };
}
