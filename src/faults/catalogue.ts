// Every fault the facade can send, in one table: code, text and where the code comes from.
// `documented` codes and texts are DFDG's own (../shared/contracts/conventions.md §3,
// visitation-absence.md §2.7); `facade` codes cover validations the release notes describe without
// a code (release-rules.md §4.2) and are listed in docs/contract-decisions.md. All SOAP faults go
// out with HTTP 500 (conventions.md §3.1). test/unit/faults.test.ts keeps this table and the docs in step.

export interface FaultDefinition {
  code: number;
  text: string;
  origin: 'documented' | 'facade';
  /** The text a service's own page documents for the code, where it differs from `text` (by WSDL service name). */
  serviceTexts?: Readonly<Record<string, string>>;
  /** The second code DFDG sends with this one ("4769 + 9018", booking-frist.md §3.2): the first detail line. */
  detailCode?: { readonly code: number; readonly text: string };
}

const table = {
  InvalidCpr: { code: 1001, text: 'Invalid cpr', origin: 'documented' },
  DurationNegative: { code: 1003, text: 'Duration is negative', origin: 'documented' },
  UnknownCpr: { code: 1010, text: 'Unknown cpr', origin: 'documented' },
  InternalError: { code: 1011, text: 'Internal error on server', origin: 'documented' },
  InvalidMessage: {
    code: 1014,
    text: 'The submitted message is not valid',
    origin: 'documented',
    // The pages of these services document 1014 as "Failed to validate message" (visitation-absence.md §1.2, §2.2).
    serviceTexts: {
      AbsenceRegistrationService: 'Failed to validate message',
      PersonVisitationStatusService: 'Failed to validate message',
    },
  },
  // Transport and identity (conventions.md §2, §3.2): the function certificate and what it may do.
  CertificateMissing: { code: 1101, text: 'Client certificate missing from request', origin: 'documented' },
  LogonFailed: { code: 1012, text: 'Logon failed', origin: 'documented' },
  ServiceNotPermitted: {
    code: 1013,
    text: 'User has insufficient permissions to access this webservice',
    origin: 'documented',
  },
  AuthorityTypeInvalid: { code: 4413, text: 'The authoritytype of the requestheader is invalid', origin: 'documented' },
  InvalidCodeListValue: { code: 2002, text: 'Invalid CodeList value', origin: 'documented' },
  ExpiredCodeListValue: { code: 2003, text: 'Use of expired CodeList value not allowed', origin: 'documented' },
  NoEnrollmentToEnd: { code: 4317, text: 'No enrollment to end', origin: 'documented' },
  CancellationDateOutOfRange: {
    code: 4322,
    text: 'The cancellation date must be today, maximum 30 days after or 60 in case of a less intensive effort',
    origin: 'documented',
  },
  // A client-supplied id that is already taken (conventions.md §3.3, visitation-absence.md §2.4).
  IdentifierInUse: { code: 4977, text: 'Det angivne id findes allerede', origin: 'documented' },
  // GetCompanyJobcenterAffiliation (joborder.md §4.4, §7).
  UnknownCompanyUnit: { code: 4353, text: "The combination of CVR and PNR doesn't exists", origin: 'documented' },
  // Guest access (conventions.md §5, CreateGaesteadgang): the a-kasse's guest access to a candidate (R-CV-02).
  PersonAccessNotAllowed: {
    code: 4922,
    text: 'User is not allowed to access the specified person',
    origin: 'documented',
  },
  CommentContainsHtml: { code: 4933, text: 'The comment text cannot contain html tags', origin: 'documented' },
  PersonDead: { code: 4405, text: 'The person with specified cpr is dead', origin: 'documented' },
  PersonNotEnrolled: { code: 4367, text: 'The person is not enrolled', origin: 'documented' },
  ContactGroupConflictsWithAbsence: {
    code: 4645,
    text: 'This person has a absenceregistration that conflicts with this Contactgroup',
    origin: 'documented',
  },
  ContactGroupInvalid: {
    code: 4675,
    text: 'The ContactGroupTypeIdentifier is invalid',
    origin: 'documented',
  },
  ContactGroupAlreadyOpen: {
    code: 4644,
    text: 'This Client has an open existing contactgroup',
    origin: 'documented',
  },
  ContactGroupCannotChange: { code: 8096, text: 'Kontaktgruppen kan ikke ændres', origin: 'documented' },
  // The digest's wording (indkaldelse.md §2.4, §5.3): the page's own faultstring was not recovered (D-104).
  NoActiveContactGroup: {
    code: 8060,
    text: 'operation not allowed when citizen has no active contact group',
    origin: 'documented',
  },
  InterviewContactTypeInvalid: {
    code: 4708,
    text: 'The submitted InterviewContactTypeIdentifier is invalid',
    origin: 'documented',
  },
  InterviewTypeInvalid: { code: 4709, text: 'The submitted InterviewTypeIdentifier is invalid', origin: 'documented' },
  UnknownBookingIdentifier: {
    code: 4768,
    text: 'The submitted BookingIdentifier is unknown to the system',
    origin: 'documented',
  },
  // The planner of the citizen's jobcentre (ExternalBookingService) failed (booking-frist.md §3.2): the Danish
  // Fejltekst as faultstring, the second code with its English description as the first detail.
  PlannerUnreachable: {
    code: 4769,
    text: 'Der er ikke kontakt med jobcentrets bookingsystem',
    origin: 'documented',
    detailCode: { code: 9018, text: 'The connection to an external bookingsystem could not be established' },
  },
  PlannerBrokeContract: {
    code: 9303,
    text: 'Systemfejl i kontakten med jobcentrets bookingsystem',
    origin: 'documented',
    detailCode: { code: 9329, text: 'Response from external planner system violated the wsdl contract' },
  },
  // JobnetCitizenStatusService v10: an unknown CPR (booking-frist.md §3.2) and CV customer number (§3.4).
  UnknownCprLookup: { code: 8111, text: 'STAR Foundation Ukendt personnummer', origin: 'documented' },
  UnknownCvCustomer: { code: 4400, text: 'CV Customer Number is unknown', origin: 'documented' },
  NoBookingOptions: { code: 4770, text: 'There are no available booking options', origin: 'documented' },
  BookingTimeBeforeToday: { code: 4783, text: 'The BookingTime cannot be before todays date', origin: 'documented' },
  BookingEndBeforeStart: {
    code: 4792,
    text: 'The BookingEndTime cannot be before BookingStartTime',
    origin: 'documented',
  },
  InterviewFormTypeInvalid: {
    code: 4805,
    text: 'The submitted InterviewFormTypeIdentifier is invalid.',
    origin: 'documented',
  },
  NotAuthorized: { code: 4575, text: 'You are not authorized to execute the operation', origin: 'documented' },
  UnknownAbsence: {
    code: 4632,
    text: 'The specified Absenceregistration is not known to the system',
    origin: 'documented',
  },
  // UpdateBenefitsAccount for a citizen in no a-kasse (visitation-absence.md §3.1 rule 8, D-105).
  NoUnemploymentFundRegistration: {
    code: 4385,
    text: 'The client does not have an unemploymentfund registration',
    origin: 'documented',
  },
  NotMemberOfUnemploymentFund: { code: 4856, text: 'Citizen not member of unemployment fund', origin: 'documented' },
  MemberOfOtherUnemploymentFund: {
    code: 4857,
    text: 'Citizen belongs to different unemployment fund',
    origin: 'documented',
  },
  NotOwnJobcenterCitizen: {
    code: 6005,
    text: 'The person with specified cpr does not belong to the jobcenter specified in ActiveOrganisationHeader',
    origin: 'documented',
  },
  BookingNotOfPerson: {
    code: 8107,
    text: 'The BookingIdentifier does not correspond to the person civil registration identifier',
    origin: 'documented',
  },
  RebookingDeadlineNotAllowed: {
    code: 8125,
    text: 'Rebooking deadline cannot be specified if rebooking is not possible',
    origin: 'documented',
  },
  RebookingDeadlineRequired: {
    code: 8126,
    text: 'Rebooking deadline must be specified if rebooking is possible',
    origin: 'documented',
  },
  // Only the Danish text survives in full (indkaldelse.md §3.9: the English one is cut off).
  CancellationDeadlineNotAllowed: {
    code: 8127,
    text: 'Aflysningsfrist kan ikke sættes når aflysning ikke er mulig',
    origin: 'documented',
  },
  InvalidCodeListItemIdentifier: { code: 9131, text: 'Invalid CodeListItemIdentifier', origin: 'documented' },
  InvalidOrganisationType: {
    code: 8173,
    text: 'OrganisationType is invalid according to the organisationTypeIdentifierCodeList.',
    origin: 'documented',
  },
  InvalidUserType: {
    code: 8174,
    text: 'UserType is invalid according to the requestUserTypeIdentifierCodeList.',
    origin: 'documented',
  },
  MissingActiveOrganisationHeader: {
    code: 8232,
    text: 'The Soap request message is missing its required Soap header: ActiveOrganisationHeader',
    origin: 'documented',
  },
  MissingRequestUserMetadataHeader: {
    code: 8233,
    text: 'The Soap request message is missing its required Soap header: RequestUserMetadataHeader',
    origin: 'documented',
  },
  BadActiveOrganisationHeader: {
    code: 8234,
    text: 'Could not deserialize the Soap header: ActiveOrganisationHeader',
    origin: 'documented',
  },
  BadRequestUserMetadataHeader: {
    code: 8235,
    text: 'Could not deserialize the Soap header: RequestUserMetadataHeader',
    origin: 'documented',
  },
  // Facade-assigned codes (release-rules.md §4.2: "implementer must assign codes").
  EndReasonNotAllowedForAbsenceType: {
    code: 4980,
    text: 'The end reason is not allowed for this absence type',
    origin: 'facade',
  },
  EndReasonPhasedOut: {
    code: 4981,
    text: 'The end reason is phased out and cannot be used for this end date',
    origin: 'facade',
  },
  EndReasonReservedForDfdg: { code: 4982, text: 'The end reason can only be set by DFDG', origin: 'facade' },
  OverlappingAbsence75: {
    code: 4983,
    text: "The person already has an absence 'Kontaktforløb er hos a-kassen' in the period",
    origin: 'facade',
  },
  AbsenceTypeNotDeletable: { code: 4984, text: 'Absences of this type cannot be deleted', origin: 'facade' },
  OnlyFutureAbsenceDeletable: { code: 4985, text: 'Only future absences can be deleted', origin: 'facade' },
  // Only the REST page's Danish text was found, spelling as there (visitation-absence.md §2.4).
  EducationNotAllowedForContactGroup: {
    code: 4591,
    text: 'Uddanelse ikke tilladt for borgere i denne kombination af kontaktgrupppe og personkategori',
    origin: 'documented',
  },
  AbsenceStartBeforeTypeInForce: {
    code: 4987,
    text: 'The absence cannot start before the absence type is in force',
    origin: 'facade',
  },
  Absence75OnlyByOwnAkasse: {
    code: 4988,
    text: "Absence 'Kontaktforløb er hos a-kassen' can only be registered by the citizen's a-kasse",
    origin: 'facade',
  },
  EnrollmentAlreadyOpen: { code: 4989, text: 'The person already has an open enrollment', origin: 'facade' },
  NoBenefitsAccount: { code: 4990, text: 'The person has no dagpengetæller placement to update', origin: 'facade' },
  NotAnIllnessAbsence: {
    code: 4991,
    text: 'The absence type of an illness registration must be a sickness absence type',
    origin: 'facade',
  },
  // Facade-assigned, job orders (JobOrderService): 4920–4939.
  UnknownJobOrder: { code: 4920, text: 'The CompanyRecruitmentIdentifier is unknown to the system', origin: 'facade' },
  JobOrderTitleRequired: {
    code: 4921,
    text: 'At least one of CompanyRecruitmentTitle, JobordreStilling and ConceptUriDa must be given',
    origin: 'facade',
  },
  AkasseJobOrderTypeNotAllowed: {
    code: 4935,
    text: "An a-kasse can only be responsible for job orders of type 1 'Ordinær job'",
    origin: 'facade',
  },
  CandidateNotPlaceableByAkasse: {
    code: 4923,
    text: 'The a-kasse can only place its own members and unemployed members of a-kasser that are primary authorities on the job order',
    origin: 'facade',
  },
  JobcenterCannotPlaceOnAkasseOrder: {
    code: 4924,
    text: 'A jobcentre cannot place candidates on a job order whose primary authorities are a-kasser',
    origin: 'facade',
  },
  HandOverNotAllowed: {
    code: 4925,
    text: "Only the responsible a-kasse can hand a job order over: to a jobcentre, or with reason 1 'Fejlallokeret' to another a-kasse",
    origin: 'facade',
  },
  JobOrderReadOnly: {
    code: 4926,
    text: 'The job order can only be changed by its primary authorities',
    origin: 'facade',
  },
  AkasseNotReadyForJobOrders: { code: 4927, text: 'The a-kasse is not ready to receive job orders', origin: 'facade' },
  InvalidEscoOccupation: {
    code: 4928,
    text: 'ConceptUriDa and AliasIdentifier must name an active ESCO-STAR occupation matching the title',
    origin: 'facade',
  },
  GuestAccessCommentRequired: {
    code: 4929,
    text: "Guest access requires the Gæstegangskommentar 'Indhentning af oplysninger i forbindelse med formidling'",
    origin: 'facade',
  },
  GuestAccessDataAreaNotAllowed: {
    code: 4930,
    text: 'Guest access covers only CV data and health limitations',
    origin: 'facade',
  },
  UnknownCandidate: { code: 4931, text: 'The candidate is unknown on the job order', origin: 'facade' },
  JobOrderNotOpen: {
    code: 4932,
    text: "Candidates can only be placed on a job order with status 1 'Åben'",
    origin: 'facade',
  },
  JobOrderStatusOnCreate: { code: 4936, text: "A new job order must have status 1 'Åben'", origin: 'facade' },
  AlreadyCandidate: { code: 4937, text: 'The person is already a candidate on the job order', origin: 'facade' },
  ShareNotAllowed: {
    code: 4934,
    text: 'Only a jobcentre among the primary authorities can make the job order available to all jobcentres',
    origin: 'facade',
  },
  // Facade-assigned, contact process (Kontaktforloeb.IndkaldelseService, BorgerBookingService, FristService): 4940–4969.
  UnknownAuthorityParticipant: {
    code: 4940,
    text: 'The MyndighedsdeltagerId is unknown to the system',
    origin: 'facade',
  },
  // The documented Danish text of BorgerBookingFejlTypeCodeList (booking-frist.md §5.2), no code given.
  IllegalErrorOrigin: { code: 4941, text: 'Ulovligt system angivet som ophav', origin: 'facade' },
  DeadlineTooShort: { code: 4942, text: 'A self-booking deadline must be at least 8 days', origin: 'facade' },
  DeadlineNotActive: { code: 4943, text: 'The deadline is not active', origin: 'facade' },
  InterviewTypeNotForDeadline: {
    code: 4945,
    text: 'Self-booking deadlines can only be given for interview types 4, 7 and 17',
    origin: 'facade',
  },
  DeadlineDatesInvalid: {
    code: 4946,
    text: 'The deadline must start today or later and end no later than the interview date limit',
    origin: 'facade',
  },
  DuplicateHeldInterview: {
    code: 4948,
    text: 'An interview of the same type is already registered as held at the same time',
    origin: 'facade',
  },
  SummonsCancelled: { code: 4947, text: 'The indkaldelse is cancelled', origin: 'facade' },
  AkasseInterviewTypeNotAllowed: {
    code: 4950,
    text: 'The a-kasse cannot summon to this interview type',
    origin: 'facade',
  },
  CvInterviewOnlyForTransitionGroup: {
    code: 4951,
    text: "Interview type 10 'CV-samtale' can only be used for citizens under the transition rules",
    origin: 'facade',
  },
  Type17SelfBookingNotForTransitionGroup: {
    code: 4952,
    text: 'Interview type 17 cannot be self-booked by a citizen under the transition rules',
    origin: 'facade',
  },
  Type17DeadlineNotForTransitionGroup: {
    code: 4953,
    text: 'A self-booking deadline for interview type 17 cannot be given to a citizen under the transition rules',
    origin: 'facade',
  },
  OverlappingDeadline: {
    code: 4954,
    text: 'The citizen already has a self-booking deadline in the period',
    origin: 'facade',
  },
  OfferTitleTooLong: { code: 4955, text: 'The meeting title can be at most 100 characters', origin: 'facade' },
  OfferDescriptionTooLong: {
    code: 4956,
    text: 'The meeting description can be at most 500 characters',
    origin: 'facade',
  },
  HeldInterviewOutsideAbsence75: {
    code: 4957,
    text: "The a-kasse can register interview types 7 and 17 before absence 'Kontaktforløb er hos a-kassen' starts only when the absence is registered and the interview is after the first day of the dagpenge period",
    origin: 'facade',
  },
  HeldBeforeLatestResettingInterview: {
    code: 4949,
    text: 'The held time cannot be earlier than the latest held resetting interview',
    origin: 'facade',
  },
  ResettingInterviewNotAfterResettingInterview: {
    code: 4960,
    text: 'A resetting interview cannot be registered at the same time as or before another resetting interview',
    origin: 'facade',
  },
  InterviewTypeNotAllowedForContactGroup: {
    code: 4958,
    text: "The interview type is not allowed for the person's contact group",
    origin: 'facade',
  },
  // The documented text (conventions.md §1.3, S3); no code was given.
  SelfBookedUserMismatch: {
    code: 4959,
    text: "When SelfBooked is true, UserIdentifier has to be citizen's CPR and UserType has to be 1 - Citizen",
    origin: 'facade',
  },
  DigitalMeetingLinkRequired: {
    code: 4961,
    text: "DigitaltMoedelink is required when the InterviewContactTypeIdentifier is 8 'Digitalt møde'",
    origin: 'facade',
  },
  GroupMeetingIdRequired: { code: 4962, text: 'GruppemoedeId is required for a group meeting', origin: 'facade' },
  AkasseHasContactProcess: {
    code: 4963,
    text: "The a-kasse has the contact process: absence 'Kontaktforløb er hos a-kassen' is active and the person is in contact group 1",
    origin: 'facade',
  },
  UnknownOffer: { code: 4964, text: 'The MoedetilbudId or MoedetidId is unknown to the system', origin: 'facade' },
  MeetingTimeTaken: { code: 4965, text: 'The meeting time is already booked', origin: 'facade' },
  RebookingNotPossible: { code: 4966, text: 'The booking cannot be rebooked', origin: 'facade' },
  CancellationNotPossible: { code: 4967, text: 'The booking cannot be cancelled', origin: 'facade' },
  UnknownDeadline: { code: 4968, text: 'The FristId is unknown to the system', origin: 'facade' },
  ParticipationChoiceNotAllowed: {
    code: 4969,
    text: 'The participation choice can only be registered for interview type 17 by the authority that did not summon',
    origin: 'facade',
  },
  // Facade-assigned, notifications (WSRM pull): 4970–4979.
  UnknownWsrmSequence: {
    code: 4970,
    text: 'The WSRM sequence is not known or not open for this receiver',
    origin: 'facade',
  },
  UnknownEntitetNavn: { code: 4971, text: 'The EntitetNavn is not a webservice message type', origin: 'facade' },
  SubscriptionEndpointNotAllowed: {
    code: 4972,
    text: 'The subscription endpoint must be an https URL on port 443 of a public host',
    origin: 'facade',
  },
  UnknownPersonNotification: {
    code: 4974,
    text: 'The PersonNotificationIdentifier is unknown or already acknowledged',
    origin: 'facade',
  },
  UnknownEntitetId: { code: 4976, text: 'The EntitetId is not a webservice message type', origin: 'facade' },
  SubscribedByOtherSystem: {
    code: 4978,
    text: 'The organisation subscribes to the message type through another system',
    origin: 'facade',
  },
  NoPersonNotifications: { code: 4975, text: 'There are no person notifications to fetch', origin: 'facade' },
  UnknownSubscription: { code: 4973, text: 'The receiver has no subscription to the EntitetNavn', origin: 'facade' },
  // Contact persons (PersonContactService, conventions.md S40). 60016: release-rules.md R-OTH-07 and §4.1, its text
  // in conventions.md §3.1; 1100, the general "An error has occurred" (conventions.md §3.2), is what DFDG answered
  // before release 2022-1 ("Uspecificeret fejlmeddelelse", R-OTH-07).
  ProfessionalContactOnlyViaActivityService: {
    code: 60016,
    text: 'Fagprofessionel kontakt kan kun opdateres via ActivityService',
    origin: 'documented',
  },
  UnspecifiedError: { code: 1100, text: 'An error has occurred', origin: 'documented' },
  // Facade-assigned, contact persons (PersonContactService): 5061–5069.
  OneCitizenPerPersonContactCall: {
    code: 5061,
    text: 'PersonCivilRegistrationIdentifierCollection can name only one citizen per call',
    origin: 'facade',
  },
  ActivityContactTypeNotAllowed: {
    code: 5062,
    text: "Contact person types 2 'Udslusningskoordinator' and 15 'Mentor' are registered through ActivityService",
    origin: 'facade',
  },
  UnknownPersonContact: { code: 5063, text: 'The contact person is unknown for the citizen', origin: 'facade' },
  PersonContactEndBeforeStart: {
    code: 5064,
    text: 'The EndDate of a contact person cannot be before its StartDate',
    origin: 'facade',
  },
  AmbiguousPersonContact: {
    code: 5065,
    text: 'The citizen has more than one current contact person of the PersonContactTypeIdentifier: give the PersonContactIdentifier',
    origin: 'facade',
  },
  PersonContactTypeCannotChange: {
    code: 5066,
    text: 'The PersonContactTypeIdentifier of a contact person cannot be changed',
    origin: 'facade',
  },
  // PlanService (issue 14): facade codes 5021–5039 (docs/contract-decisions.md); the texts of 5027, 5030 and 5031
  // are those DFDG's plan service page gives its 8015, 8006 and 8021, which the contract digests do not list.
  JobGoalNotResponsibleAuthority: {
    code: 5021,
    text: 'Only the authority responsible for the contact process may register job goals',
    origin: 'facade',
  },
  JobcentrePublicationDuringAkassePeriod: {
    code: 5022,
    text: 'The jobcentre cannot publish a jobplan while the contact process is with the a-kasse',
    origin: 'facade',
  },
  PlanDescriptionNotAllowed: {
    code: 5023,
    text: 'A jobplan for a dagpenge recipient cannot have a plan description',
    origin: 'facade',
  },
  NotInUnemploymentPeriod: {
    code: 5024,
    text: "The a-kasse registers job-search requirements only in the member's unemployment period",
    origin: 'facade',
  },
  DraftPlanForJobcentreRemoved: {
    code: 5025,
    text: 'Drafts of Min plan for the jobcentre can no longer be registered',
    origin: 'facade',
  },
  JobplanNotForEducationReadyYouth: {
    code: 5026,
    text: 'A jobplan cannot be given to an obviously education-ready young person',
    origin: 'facade',
  },
  JobGoalRequired: { code: 5027, text: 'Goal has to be specified when publishing this plan type', origin: 'facade' },
  TrialMarkingAfter2023: {
    code: 5028,
    text: 'Participation in the job-directed trial cannot be registered after 31 December 2023',
    origin: 'facade',
  },
  JobSearchRequirementContactGroup: {
    code: 5029,
    text: "Job-search requirements cannot be registered for the person's contact group",
    origin: 'facade',
  },
  NoDraftPlan: { code: 5030, text: 'The specified citizen has no draft plan', origin: 'facade' },
  PlanTypeInvalid: { code: 5031, text: 'The specified plan type identifier is not valid', origin: 'facade' },
  InvalidJobGoal: {
    code: 5032,
    text: 'A job goal is either an ESCO-STAR occupation or a free text',
    origin: 'facade',
  },
  DraftPlanOfOtherAuthority: {
    code: 5033,
    text: 'The draft plan was registered by another authority',
    origin: 'facade',
  },
  // Documented (conventions.md §3.3), also on CitizenMessageService (Version 2, 2020-1) GetCitizenMessageDocument.
  UnknownIdentifier: { code: 4589, text: 'Unknown identifier', origin: 'documented' },
  // Facade-assigned, dialog module (CitizenMessageService, R-DLG-01…06): 5041–5059.
  DraftPlanMessageRetired: {
    code: 5042,
    text: "Message type 2 'Udkast til min plan' can no longer be sent (release 2024-1)",
    origin: 'facade',
  },
  OfferMessageSenderNotAllowed: {
    code: 5043,
    text: "Message types 11 and 12 can only be sent by the citizen's a-kasse",
    origin: 'facade',
  },
  OfferMessageOutsideAkassePeriod: {
    code: 5044,
    text: 'Message types 11 and 12 can only be sent while the a-kasse has the contact process (absence 75 open)',
    origin: 'facade',
  },
  OfferMessageReceiverNotJobcentre: {
    code: 5045,
    text: "Message types 11 and 12 are sent to the citizen's jobcentre",
    origin: 'facade',
  },
  OfferDecisionNotAllowed: {
    code: 5046,
    text: 'Only the jobcentre the recommendation was sent to can decide on it',
    origin: 'facade',
  },
  NotAnOfferRecommendation: {
    code: 5047,
    text: "The message is not an a-kasse's type 11 recommendation of an offer",
    origin: 'facade',
  },
  OfferAlreadyDecided: { code: 5048, text: 'The recommendation has already been decided', origin: 'facade' },
  RejectionCopyRequired: {
    code: 5049,
    text: 'A rejection must carry the copy to the a-kasse (RejectionCopy), an approval none',
    origin: 'facade',
  },
  CitizenMessageReceiverNotAllowed: {
    code: 5050,
    text: "The receiver must be the citizen's jobcentre or a-kasse",
    origin: 'facade',
  },
  CitizenMessageAttachmentTooLarge: {
    code: 5051,
    text: 'The attachment is larger than 524288 bytes',
    origin: 'facade',
  },
  CitizenMessageAttachmentTypeNotAllowed: {
    code: 5052,
    text: 'The attachment must be a PDF (application/pdf) or an XML document (application/xml, text/xml)',
    origin: 'facade',
  },
  // Facade-assigned, activities (ActivityService): 5001–5019.
  UnknownActivity: { code: 5001, text: 'The ActivityIdentifier is unknown to the system', origin: 'facade' },
  AkasseActivityNotAllowed: {
    code: 5002,
    text: "An a-kasse can only register activities of type 'Kursus' with course category 52 and grant frame 16 'A-kasse aktivitet'",
    origin: 'facade',
  },
  ReasonRemarkTooShort: {
    code: 5003,
    text: 'A status and status reason that trigger or withdraw a NUPH need a reason remark of at least 20 characters',
    origin: 'facade',
  },
  HourlySubsidyRateNotAllowed: {
    code: 5004,
    text: "Activity types 14, 38, 39 and 40 'Job for førtidspensionister på særlige vilkår' only allow hourly subsidy rates 1 and 2",
    origin: 'facade',
  },
  RetiredActivityValue: {
    code: 5005,
    text: 'The activity value is retired or not active and cannot be registered on a new or changed activity',
    origin: 'facade',
  },
  ActivityCategoryMismatch: {
    code: 5006,
    text: 'The activity must carry exactly the category element its ActivationTypeIdentifier requires',
    origin: 'facade',
  },
  // Facade-assigned, sanctions register, availability assessments and RatePerMonth (issue 15): 5141–5159.
  UnknownSanction: { code: 5141, text: 'The SanktionId is unknown for the citizen', origin: 'facade' },
  SanctionOfOtherAkasse: {
    code: 5142,
    text: 'Only the a-kasse that reported the sanction can change or delete it',
    origin: 'facade',
  },
  SanctionServedAfterLimitation: {
    code: 5143,
    text: 'The served date (Udstaaelsesdato) of a sanction cannot be after its limitation date (Foraeldelsesdato)',
    origin: 'facade',
  },
  QuarantineDatesInvalid: {
    code: 5144,
    text: 'Availability assessment code 96 needs DateField1 = the quarantine start and DateField2 = 3 months after it',
    origin: 'facade',
  },
  AssessmentAnswersOtherNuph: {
    code: 5145,
    text: "ResponseToMessageIdentifier names a NUPH that is not about the citizen or not to the caller's a-kasse",
    origin: 'facade',
  },
  RatePerMonthAboveMaximum: {
    code: 5146,
    text: 'RatePerMonth is above the maximum dagpenge rate for the insurance type',
    origin: 'facade',
  },
  // Facade-assigned, NUPH (Underretning.NuphService, issue 15): 5101–5119.
  NuphEventCodeRemoved: {
    code: 5101,
    text: 'The event code was removed from the NUPH event list in release 2023-4',
    origin: 'facade',
  },
  NuphAnswerCodeRemoved: {
    code: 5102,
    text: 'The answer code was removed from the NUPH answer list in release 2023-4',
    origin: 'facade',
  },
  NuphCitizenNotDagpengeRecipient: {
    code: 5103,
    text: 'A NUPH can only be sent about a dagpenge recipient who is a member of an a-kasse',
    origin: 'facade',
  },
  UnknownNuph: { code: 5104, text: 'The NuphIdentifier is unknown to the system', origin: 'facade' },
  NuphAnswerNotAllowed: {
    code: 5105,
    text: 'Only the a-kasse the NUPH was sent to can answer it',
    origin: 'facade',
  },
  NuphAlreadyAnswered: { code: 5106, text: 'The NUPH has already been answered', origin: 'facade' },
  NuphWithdrawn: { code: 5107, text: 'The NUPH is withdrawn and cannot be answered', origin: 'facade' },
  NuphEventDateInFuture: { code: 5108, text: 'The event date of a NUPH cannot be after today', origin: 'facade' },
  CvStatus5NotNuph: {
    code: 5109,
    text: "CV status 5 'Jobcentret vurderer, at CV'et ikke længere er fyldestgørende' is no longer a NUPH",
    origin: 'facade',
  },
  // Facade-assigned, Tidlig pension (PensionService, issue 15): 5161–5169 (docs/contract-decisions.md).
  UnknownTidligPension: {
    code: 5161,
    text: 'The TidligPensionIdentifier is unknown for the citizen',
    origin: 'facade',
  },
  TidligPensionAnnulled: {
    code: 5162,
    text: 'The Tidlig pension forløb is annulled and cannot be changed',
    origin: 'facade',
  },
  NewTidligPensionWithoutData: {
    code: 5163,
    text: 'A new Tidlig pension forløb needs OvergangTilTidligPension or Kompensationsudbetaling',
    origin: 'facade',
  },
  // Facade-assigned, the NUPH dialog (Underretning.NuphDialogService, R-AK-06/07): 5121–5139.
  NuphDialogNotParty: {
    code: 5122,
    text: "Only the NUPH's jobcentre and a-kasse may ask, reply or read in its dialog",
    origin: 'facade',
  },
  NuphDialogTextTooLong: {
    code: 5123,
    text: 'A question or reply about a NUPH may be at most 5000 characters',
    origin: 'facade',
  },
  NuphNotAnswered: {
    code: 5124,
    text: 'The NUPH has no answer to ask about or attach a document to',
    origin: 'facade',
  },
  UnknownNuphQuestion: { code: 5125, text: 'The SpoergsmaalIdentifier is unknown to the system', origin: 'facade' },
  NuphQuestionAlreadyAnswered: { code: 5126, text: 'The question has already been answered', origin: 'facade' },
  NuphQuestionOwnReply: {
    code: 5127,
    text: 'A question is answered by the other party of the NUPH, not by the party that asked it',
    origin: 'facade',
  },
  UnknownNuphDocumentOwner: {
    code: 5128,
    text: 'The NUPH answer, question or reply the document is for is unknown to the system',
    origin: 'facade',
  },
  NuphDocumentTooLarge: {
    code: 5129,
    text: 'A document on a NUPH may be at most 15728640 bytes (15 MB)',
    origin: 'facade',
  },
  NuphDocumentTypeNotAllowed: {
    code: 5130,
    text: 'A document on a NUPH must be a PDF, JPEG, PNG or TIFF image, or a Word document (docx)',
    origin: 'facade',
  },
  UnknownNuphDocument: { code: 5131, text: 'The DokumentIdentifier is unknown to the system', origin: 'facade' },
  NuphDocumentEmpty: { code: 5132, text: 'A document on a NUPH must not be empty', origin: 'facade' },
  NuphDocumentNotAuthor: {
    code: 5133,
    text: 'A document is attached by the party that wrote the NUPH, answer, question or reply',
    origin: 'facade',
  },
  NuphDocumentOwnerNotOne: {
    code: 5134,
    text: 'DokumentTilknytning names exactly one of NuphIdentifier, NuphSvarIdentifier, SpoergsmaalIdentifier, SpoergsmaalSvarIdentifier',
    origin: 'facade',
  },
  // Facade-assigned, inbound feeds (Indberetning.HaendelseService, issue 16): 5181–5199 (docs/contract-decisions.md).
  NewCprAlreadyKnown: { code: 5181, text: 'The new CPR number is already known to DFDG', origin: 'facade' },
  CprAlreadyReplaced: {
    code: 5182,
    text: 'The CPR number has already been replaced by another number',
    origin: 'facade',
  },
  NewCprSameAsOld: { code: 5183, text: 'The new CPR number is the number the citizen has', origin: 'facade' },
  MembershipBeforeRegistered: {
    code: 5184,
    text: 'The membership starts before a membership already registered',
    origin: 'facade',
  },
  MembershipOfAnotherFund: {
    code: 5185,
    text: 'An a-kasse reports memberships of its own fund only',
    origin: 'facade',
  },
  EventIdReused: {
    code: 5186,
    text: 'The event identifier was used for another event',
    origin: 'facade',
  },
  EventElementMissing: {
    code: 5187,
    text: 'The event lacks an element its type requires',
    origin: 'facade',
  },
  MembershipStartInFuture: {
    code: 5188,
    text: 'The membership start date must not lie in the future',
    origin: 'facade',
  },
  // Facade-assigned, activity supplement and DFDG's age and recovery batches (issue 16): 5221–5239.
  SupplementCitizenAged30: {
    code: 5221,
    text: 'An activity supplement can only be given to a citizen under 30',
    origin: 'facade',
  },
  SupplementContactGroupNotLawful: {
    code: 5222,
    text: 'An activity supplement is not lawful in the contact group of the citizen on the event date',
    origin: 'facade',
  },
  SupplementBackdatedTooFar: {
    code: 5223,
    text: 'The event date of an activity supplement can be at most 7 days in the past',
    origin: 'facade',
  },
  SupplementAlreadyOpen: {
    code: 5224,
    text: 'The citizen already has an open activity supplement',
    origin: 'facade',
  },
  SupplementEventDateInFuture: {
    code: 5225,
    text: 'The event date of an activity supplement cannot be after today',
    origin: 'facade',
  },
  UnknownIllnessReport: {
    code: 5226,
    text: 'The NemRefusionIdentifier is unknown for the citizen',
    origin: 'facade',
  },
  RecoveryBeforeIllness: {
    code: 5227,
    text: 'The recovery date must be after the first day of the sickness',
    origin: 'facade',
  },
  // PersonRegistrationService's person category (visitation-absence.md §4.1, V16).
  PersonCategoryNotCoherentWithEnrollment: {
    code: 4656,
    text: "This personcategory is not coherent with the person's enrollment",
    origin: 'documented',
  },
  // Facade-assigned, PersonRegistrationService and Borgerindsats.AsylovergivelseService (issue 16): 5201–5219
  // (docs/contract-decisions.md).
  PersonCategoryNotForContactGroup: {
    code: 5201,
    text: "The person category is not allowed in the citizen's contact group",
    origin: 'facade',
  },
  PersonCategoryAlreadyOpen: { code: 5202, text: 'The citizen already has an open person category', origin: 'facade' },
  NoOpenPersonCategory: { code: 5203, text: 'The citizen has no open person category', origin: 'facade' },
  JobcentreChangeNotAllowed: {
    code: 5204,
    text: 'A jobcentre can only hand over its own citizen or take a citizen over to itself',
    origin: 'facade',
  },
  JobcentreChangeFailedBefore2022_1: {
    code: 5205,
    text: 'The jobcentre affiliation of an unregistered citizen in contact group 1 without an a-kasse cannot be changed',
    origin: 'facade',
  },
  JobcentreUnchanged: { code: 5206, text: 'The citizen already belongs to the jobcentre', origin: 'facade' },
  UnknownPersonGroupMarking: {
    code: 5207,
    text: 'The PersonGroupMarkingIdentifier is unknown for the citizen',
    origin: 'facade',
  },
  MarkingLastChangedByStar: {
    code: 5208,
    text: 'The person-group marking was last changed by STAR and cannot be updated by a jobcentre',
    origin: 'facade',
  },
  UnknownHealthLimitation: {
    code: 5209,
    text: 'The HealthLimitationIdentifier is unknown for the citizen',
    origin: 'facade',
  },
  AsylumHandoverExists: { code: 5210, text: 'The citizen already has asylum handover data', origin: 'facade' },
  NoAsylumHandover: { code: 5211, text: 'The citizen has no asylum handover data', origin: 'facade' },
  AsylovergivelseServiceNotYetAvailable: {
    code: 5212,
    text: 'Borgerindsats.AsylovergivelseService is available from release 2023-4',
    origin: 'facade',
  },
  // The absence × person category matrix as far as it was recovered (D-267, src/domain/absenceCategoryMatrix.ts):
  // 4592's text is cut off on the REST page after "kontaktg"; completed as 4591's (spelled right).
  ShortTemporaryWorkNotAllowed: {
    code: 4592,
    text: 'Midlertidigt arbejde i mindre end 15 dage er ikke tilladt for borgere i denne kombination af kontaktgruppe og personkategori',
    origin: 'documented',
  },
  PersonCategoryConflictsWithAbsence: {
    code: 4654,
    text: 'This person has an absenceregistration that conflicts with the submitted personcategory',
    origin: 'documented',
  },
  UnenrollBeforePersonCategory: {
    code: 4655,
    text: 'This person must be unenrolled before this personcategory value can be applied',
    origin: 'documented',
  },
  // CV, preparation form and registration (issue 17, D-268): facade codes 5321–5349.
  CvApprovalInRehabilitationRefused: {
    code: 5321,
    text: 'The CV status of a dagpenge recipient in a rehabilitation process cannot be registered by the unemployment fund',
    origin: 'facade',
  },
  CvStatusDateInFuture: { code: 5322, text: 'The CV status date cannot be after today', origin: 'facade' },
  CvWithoutAddressFailed: {
    code: 5323,
    text: 'The CV of a citizen without an address cannot be retrieved',
    origin: 'facade',
  },
  LetAsylCvWithoutJobCodeFailed: {
    code: 5324,
    text: 'The LetAsyl CV has a work experience without a job code and cannot be retrieved',
    origin: 'facade',
  },
  DuplicateProfession: {
    code: 5325,
    text: 'The same job title or alias can only be given once at registration',
    origin: 'facade',
  },
  PreparationFormNotForContactGroup: {
    code: 5326,
    text: 'The preparation form is not offered in the contact group of the citizen',
    origin: 'facade',
  },
  ScreeningNotOffered: {
    code: 5327,
    text: 'The digital screening is not offered to the citizen',
    origin: 'facade',
  },
  ScreeningOnlyWithSubmission: {
    code: 5328,
    text: 'The digital screening answers are given when the preparation form is submitted',
    origin: 'facade',
  },
  // Facade-assigned, Ungedatabasen and the education plan (issue 17, udb): 5291–5319.
  EducationPlanStepInvalid: {
    code: 5291,
    text: 'An education plan (PlanTypeIdentifier 2) needs EducationPlanStepIdentifier 1-4; other plan types take none',
    origin: 'facade',
  },
  ServiceNotYetReleased: {
    code: 5292,
    text: 'The service is not available before its release',
    origin: 'facade',
  },
  UnknownInstitution: {
    code: 5293,
    text: 'The institution number is unknown in the institution register',
    origin: 'facade',
  },
  RehabilitationDocumentTooLarge: {
    code: 5261,
    text: 'A document on a rehabilitation process may be at most 15728640 bytes (15 MB)',
    origin: 'facade',
  },
  RehabilitationDocumentEmpty: { code: 5262, text: 'The document has no content', origin: 'facade' },
  RehabilitationDocumentTypeNotAllowed: {
    code: 5263,
    text: 'A document on a rehabilitation process must be a PDF, JPEG, PNG, TIFF or Word (docx) document',
    origin: 'facade',
  },
  UnknownRehabilitationProcess: {
    code: 5264,
    text: 'The citizen has no rehabilitation process with this identifier',
    origin: 'facade',
  },
  UnknownRehabilitationDocument: {
    code: 5265,
    text: 'The citizen has no rehabilitation document with this identifier',
    origin: 'facade',
  },
  RehabilitationProcessPeriodInvalid: {
    code: 5266,
    text: 'The end date of the rehabilitation process is before its start date',
    origin: 'facade',
  },
  UnknownIntegrationContract: {
    code: 5267,
    text: 'The citizen has no integration contract with this identifier',
    origin: 'facade',
  },
  IntegrationContractPeriodInvalid: {
    code: 5268,
    text: 'The end date of the integration contract is before its start date',
    origin: 'facade',
  },
} as const satisfies Record<string, FaultDefinition>;

export type FaultName = keyof typeof table;
export const faults: Readonly<Record<FaultName, FaultDefinition>> = table;

/** A DFDG business or protocol fault. Thrown anywhere below the SOAP layer; serialized once there. */
export class DfdgFault extends Error {
  readonly code: number;
  readonly faultName: FaultName;
  /** Optional extra detail (validation messages, the rule id that refused). Never a stack trace. */
  readonly details: readonly string[];
  /** The id of the business rule that refused the request (its detail names it too), for logs and metrics. */
  readonly ruleId: string | null;

  constructor(name: FaultName, details: readonly string[] = [], ruleId: string | null = null) {
    super(table[name].text);
    this.faultName = name;
    this.code = table[name].code;
    const second = (table[name] as FaultDefinition).detailCode;
    this.details = second ? [`${second.code} ${second.text}`, ...details] : details;
    this.ruleId = ruleId;
  }
}

/** The faultstring `service` sends for the fault: its own page's text where one is documented, else the table's. */
export function faultText(f: DfdgFault, service: string | null): string {
  return (service !== null ? faults[f.faultName].serviceTexts?.[service] : undefined) ?? f.message;
}

export function fault(name: FaultName, ...details: string[]): DfdgFault {
  return new DfdgFault(name, details);
}
