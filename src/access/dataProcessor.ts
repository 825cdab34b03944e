// Who may call, by certificate (conventions.md §2: "the certificate identifies the data processor (the supplier
// system); ActiveOrganisationHeader says which authority it acts for; DFDG checks that this processor may act
// for that authority"). A registered function certificate names its data processor (the CVR on it) and the web
// services it was ordered for; the data processor is whitelisted for organisations. The checks, in the order
// the request walk makes them (docs/architecture.md): the service (1013), then the organisation of
// ActiveOrganisationHeader (4413 for a type the processor has no organisation of, 4575 for another code of a
// type it has), then RequestOrganisationStructure against ActiveOrganisationHeader (4413). D-rows in
// docs/contract-decisions.md (section Transport and identity) say why each code.
import { OrganisationType } from '../domain/types.ts';
import { fault } from '../faults/catalogue.ts';

/** Any organisation code of the type (a data processor serving every jobcentre, say; and the dev certificate). */
export const ANY_CODE = '*';
/** Every web service. */
export const ALL_SERVICES = '*';

export interface Organisation {
  organisationType: number;
  organisationCode: string;
}

/** A registered certificate as the request walk needs it. */
export interface CertificateGrant {
  rid: string;
  processorCvr: string;
  /** WSDL service names the certificate was ordered for, or ALL_SERVICES. */
  services: readonly string[] | typeof ALL_SERVICES;
  revoked: boolean;
  /** The organisations the data processor may act for (organisationCode ANY_CODE: every code of the type). */
  organisations: readonly Organisation[];
}

/** 1012 for a revoked certificate (an unknown one has no grant), 1013 for a service it was not ordered for. */
export function checkCertificateForService(grant: CertificateGrant, service: string): void {
  if (grant.revoked) throw fault('LogonFailed', `certificate ${grant.rid} is revoked`);
  if (grant.services !== ALL_SERVICES && !grant.services.includes(service))
    throw fault('ServiceNotPermitted', `certificate ${grant.rid} is not registered for ${service}`);
}

/** The data processor may act for the organisation of ActiveOrganisationHeader. */
export function checkMayActFor(grant: CertificateGrant, active: Organisation): void {
  const ofType = grant.organisations.filter((o) => o.organisationType === active.organisationType);
  if (ofType.length === 0)
    throw fault(
      'AuthorityTypeInvalid',
      `data processor ${grant.processorCvr} may not act for organisation type ${active.organisationType}`,
    );
  if (!ofType.some((o) => o.organisationCode === ANY_CODE || o.organisationCode === active.organisationCode))
    throw fault(
      'NotAuthorized',
      `data processor ${grant.processorCvr} may not act for ${active.organisationType}:${active.organisationCode}`,
    );
}

/**
 * The user's organisation (RequestOrganisationStructure) agrees with the organisation acted for
 * (ActiveOrganisationHeader): the same organisation, or — as conventions.md §1.3 fills the header for a
 * caseworker system at a jobcentre — a municipal employee of the jobcentre's municipality (its first three
 * digits, conventions.md §6) or an other actor's employee (type 4) acting for the jobcentre.
 */
export function checkRequestOrganisation(user: Organisation, active: Organisation): void {
  const same = user.organisationType === active.organisationType && user.organisationCode === active.organisationCode;
  const forJobcentre =
    active.organisationType === OrganisationType.Jobcenter &&
    (user.organisationType === OrganisationType.AndenAktoer ||
      (user.organisationType === OrganisationType.Kommune &&
        user.organisationCode === active.organisationCode.slice(0, 3)));
  if (!same && !forJobcentre)
    throw fault(
      'AuthorityTypeInvalid',
      `RequestOrganisationStructure ${user.organisationType}:${user.organisationCode} does not agree with ActiveOrganisationHeader ${active.organisationType}:${active.organisationCode}`,
    );
}
