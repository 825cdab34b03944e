// The composition of services: each generated descriptor paired with its hand-written operations.
// Adding a service = WSDL + XSD, `npm run codegen`, a folder here exporting `operations`, one line below.
import {
  AbsenceActiveStatusServiceDescriptor,
  AbsenceRegistrationServiceDescriptor,
  BorgerBookingServiceDescriptor,
  CitizenMessageServiceDescriptor,
  EksternKommunikationAbonnementServiceDescriptor,
  InterviewServiceDescriptor,
  JobnetCitizenStatusServiceDescriptor,
  JobOrderServiceDescriptor,
  JobnetVacationServiceDescriptor,
  KontaktforloebFristServiceDescriptor,
  KontaktforloebIndkaldelseServiceDescriptor,
  PersonContactServiceDescriptor,
  PersonNotificationServiceDescriptor,
  PersonRegistrationServiceDescriptor,
  PersonVisitationStatusServiceDescriptor,
  PlanServiceDescriptor,
  SubscriptionServiceDescriptor,
  UnemploymentBenefitsAccountServiceDescriptor,
  UnemploymentEnrollmentServiceDescriptor,
  WsrmMessageServiceDescriptor,
  WsrmServiceDescriptor,
  ActivityServiceDescriptor,
  SanktionsregisterSanktionServiceDescriptor,
  JobcenterMessageServiceDescriptor,
  UnderretningNuphServiceDescriptor,
  IndberetningHaendelseServiceDescriptor,
  UnemploymentFundMembershipServiceDescriptor,
  PensionServiceDescriptor,
  UnderretningNuphDialogServiceDescriptor,
  VisiteringOgStatusAktivitetstillaegServiceDescriptor,
  IllnessRecoveryInformationServiceDescriptor,
  BorgerindsatsAsylovergivelseServiceDescriptor,
  CVServiceDescriptor,
  CVWorkFlowServiceDescriptor,
  ForberedelsesskemaServiceDescriptor,
  EksterneDataUddannelsesinstitutionServiceDescriptor,
  BorgerindsatsRehabiliteringsforloebServiceDescriptor,
  BorgerindsatsLetasylIntegrationslovServiceDescriptor,
} from '../contract/generated/services.ts';
import type { ServiceRegistration } from './operation.ts';
import { operations as absenceActiveStatus } from './AbsenceActiveStatusService/index.ts';
import { operations as absence } from './AbsenceRegistrationService/index.ts';
import { operations as booking } from './BorgerBookingService/index.ts';
import { operations as citizenMessages } from './CitizenMessageService/index.ts';
import { operations as abonnementer } from './EksternKommunikationAbonnementService/index.ts';
import { operations as interviews } from './InterviewService/index.ts';
import { operations as jobnetCitizenStatus } from './JobnetCitizenStatusService/index.ts';
import { operations as jobOrders } from './JobOrderService/index.ts';
import { operations as vacation } from './JobnetVacationService/index.ts';
import { operations as frist } from './KontaktforloebFristService/index.ts';
import { operations as indkaldelse } from './KontaktforloebIndkaldelseService/index.ts';
import { operations as personContacts } from './PersonContactService/index.ts';
import { operations as personNotifications } from './PersonNotificationService/index.ts';
import { operations as personRegistration } from './PersonRegistrationService/index.ts';
import { operations as visitation } from './PersonVisitationStatusService/index.ts';
import { operations as plans } from './PlanService/index.ts';
import { operations as subscriptions } from './SubscriptionService/index.ts';
import { operations as benefits } from './UnemploymentBenefitsAccountService/index.ts';
import { operations as enrollment } from './UnemploymentEnrollmentService/index.ts';
import { operations as wsrmMessages } from './WsrmMessageService/index.ts';
import { operations as wsrm } from './WsrmService/index.ts';
import { operations as activities } from './ActivityService/index.ts';
import { operations as sanctions } from './SanktionsregisterSanktionService/index.ts';
import { operations as jobcenterMessages } from './JobcenterMessageService/index.ts';
import { operations as nuphs } from './UnderretningNuphService/index.ts';
import { operations as feeds } from './IndberetningHaendelseService/index.ts';
import { operations as fundMemberships } from './UnemploymentFundMembershipService/index.ts';
import { operations as pension } from './PensionService/index.ts';
import { operations as nuphDialog } from './UnderretningNuphDialogService/index.ts';
import { operations as supplements } from './VisiteringOgStatusAktivitetstillaegService/index.ts';
import { operations as illnessRecovery } from './IllnessRecoveryInformationService/index.ts';
import { operations as asylovergivelse } from './BorgerindsatsAsylovergivelseService/index.ts';
import { operations as cv } from './CVService/index.ts';
import { operations as cvWorkFlow } from './CVWorkFlowService/index.ts';
import { operations as preparationForms } from './ForberedelsesskemaService/index.ts';
import { operations as uddannelsesinstitutioner } from './EksterneDataUddannelsesinstitutionService/index.ts';
import { operations as rehabilitation } from './BorgerindsatsRehabiliteringsforloebService/index.ts';
import { operations as integrationContracts } from './BorgerindsatsLetasylIntegrationslovService/index.ts';

export const services: readonly ServiceRegistration[] = [
  { descriptor: AbsenceRegistrationServiceDescriptor, operations: { ...absence } },
  { descriptor: AbsenceActiveStatusServiceDescriptor, operations: { ...absenceActiveStatus } },
  { descriptor: PersonVisitationStatusServiceDescriptor, operations: { ...visitation } },
  { descriptor: JobnetVacationServiceDescriptor, operations: { ...vacation } },
  { descriptor: UnemploymentEnrollmentServiceDescriptor, operations: { ...enrollment } },
  { descriptor: UnemploymentBenefitsAccountServiceDescriptor, operations: { ...benefits } },
  { descriptor: KontaktforloebIndkaldelseServiceDescriptor, operations: { ...indkaldelse } },
  { descriptor: BorgerBookingServiceDescriptor, operations: { ...booking } },
  { descriptor: KontaktforloebFristServiceDescriptor, operations: { ...frist } },
  { descriptor: JobnetCitizenStatusServiceDescriptor, operations: { ...jobnetCitizenStatus } },
  { descriptor: PersonRegistrationServiceDescriptor, operations: { ...personRegistration } },
  { descriptor: InterviewServiceDescriptor, operations: { ...interviews } },
  { descriptor: JobOrderServiceDescriptor, operations: { ...jobOrders } },
  { descriptor: WsrmServiceDescriptor, operations: { ...wsrm } },
  { descriptor: SubscriptionServiceDescriptor, operations: { ...subscriptions } },
  { descriptor: EksternKommunikationAbonnementServiceDescriptor, operations: { ...abonnementer } },
  { descriptor: PersonNotificationServiceDescriptor, operations: { ...personNotifications } },
  { descriptor: WsrmMessageServiceDescriptor, operations: { ...wsrmMessages } },
  { descriptor: PersonContactServiceDescriptor, operations: { ...personContacts } },
  { descriptor: PlanServiceDescriptor, operations: { ...plans } },
  { descriptor: CitizenMessageServiceDescriptor, operations: { ...citizenMessages } },
  { descriptor: ActivityServiceDescriptor, operations: { ...activities } },
  { descriptor: SanktionsregisterSanktionServiceDescriptor, operations: { ...sanctions } },
  { descriptor: JobcenterMessageServiceDescriptor, operations: { ...jobcenterMessages } },
  { descriptor: UnderretningNuphServiceDescriptor, operations: { ...nuphs } },
  { descriptor: IndberetningHaendelseServiceDescriptor, operations: { ...feeds } },
  { descriptor: UnemploymentFundMembershipServiceDescriptor, operations: { ...fundMemberships } },
  { descriptor: PensionServiceDescriptor, operations: { ...pension } },
  { descriptor: UnderretningNuphDialogServiceDescriptor, operations: { ...nuphDialog } },
  { descriptor: VisiteringOgStatusAktivitetstillaegServiceDescriptor, operations: { ...supplements } },
  { descriptor: IllnessRecoveryInformationServiceDescriptor, operations: { ...illnessRecovery } },
  { descriptor: BorgerindsatsAsylovergivelseServiceDescriptor, operations: { ...asylovergivelse } },
  { descriptor: CVServiceDescriptor, operations: { ...cv } },
  { descriptor: CVWorkFlowServiceDescriptor, operations: { ...cvWorkFlow } },
  { descriptor: ForberedelsesskemaServiceDescriptor, operations: { ...preparationForms } },
  { descriptor: EksterneDataUddannelsesinstitutionServiceDescriptor, operations: { ...uddannelsesinstitutioner } },
  { descriptor: BorgerindsatsRehabiliteringsforloebServiceDescriptor, operations: { ...rehabilitation } },
  { descriptor: BorgerindsatsLetasylIntegrationslovServiceDescriptor, operations: { ...integrationContracts } },
];
