// The composition of services: each generated descriptor paired with its hand-written operations.
// Adding a service = WSDL + XSD, `npm run codegen`, a folder here exporting `operations`, one line below.
import {
  AbsenceRegistrationServiceDescriptor,
  PersonVisitationStatusServiceDescriptor,
  UnemploymentBenefitsAccountServiceDescriptor,
  UnemploymentEnrollmentServiceDescriptor,
  WsrmMessageServiceDescriptor,
  WsrmServiceDescriptor,
} from '../contract/generated/services.ts';
import type { ServiceRegistration } from '../soap/pipeline.ts';
import { operations as absence } from './AbsenceRegistrationService/index.ts';
import { operations as visitation } from './PersonVisitationStatusService/index.ts';
import { operations as benefits } from './UnemploymentBenefitsAccountService/index.ts';
import { operations as enrollment } from './UnemploymentEnrollmentService/index.ts';
import { operations as wsrmMessages } from './WsrmMessageService/index.ts';
import { operations as wsrm } from './WsrmService/index.ts';

export const services: readonly ServiceRegistration[] = [
  { descriptor: AbsenceRegistrationServiceDescriptor, operations: { ...absence } },
  { descriptor: PersonVisitationStatusServiceDescriptor, operations: { ...visitation } },
  { descriptor: UnemploymentEnrollmentServiceDescriptor, operations: { ...enrollment } },
  { descriptor: UnemploymentBenefitsAccountServiceDescriptor, operations: { ...benefits } },
  { descriptor: WsrmServiceDescriptor, operations: { ...wsrm } },
  { descriptor: WsrmMessageServiceDescriptor, operations: { ...wsrmMessages } },
];
