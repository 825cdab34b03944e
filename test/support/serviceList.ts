// Every service the facade serves, by its WSDL name: what /services lists and what an independent SOAP
// stack finds (test/integration/services.test.ts, test/interop/zeep.test.ts).
export const SERVICE_NAMES = [
  'AbsenceActiveStatusService',
  'AbsenceRegistrationService',
  'ActivityService',
  'BorgerBookingService',
  'EksternKommunikation.AbonnementService',
  'InterviewService',
  'JobOrderService',
  'JobnetCitizenStatusService',
  'JobnetVacationService',
  'Kontaktforloeb.FristService',
  'Kontaktforloeb.IndkaldelseService',
  'PersonNotificationService',
  'PersonRegistrationService',
  'PersonVisitationStatusService',
  'SubscriptionService',
  'UnemploymentBenefitsAccountService',
  'UnemploymentEnrollmentService',
  'WsrmMessageService',
  'WsrmService',
] as const;
