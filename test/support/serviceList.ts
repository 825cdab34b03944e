// Every service the facade serves, by its WSDL name: what /services lists and what an independent SOAP
// stack finds (test/integration/services.test.ts, test/interop/zeep.test.ts).
export const SERVICE_NAMES = [
  'AbsenceActiveStatusService',
  'AbsenceRegistrationService',
  'BorgerBookingService',
  'EksternKommunikation.AbonnementService',
  'InterviewService',
  'JobOrderService',
  'JobnetCitizenStatusService',
  'JobnetVacationService',
  'Kontaktforloeb.FristService',
  'Kontaktforloeb.IndkaldelseService',
  'PersonContactService',
  'PersonNotificationService',
  'PersonRegistrationService',
  'PersonVisitationStatusService',
  'PlanService',
  'SubscriptionService',
  'UnemploymentBenefitsAccountService',
  'UnemploymentEnrollmentService',
  'WsrmMessageService',
  'WsrmService',
] as const;
