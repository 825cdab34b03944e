// The rule registry: every business rule of ../shared/contracts/release-rules.md that has code of its own, as the
// rest of the facade uses it. Three things live here and nowhere else:
//   1. RULES — each rule once ({id, title, source, validFrom, validTo}), for `npm run cli -- rules --date D` and the
//      registry test (test/unit/rules/registry.test.ts: every r-*.ts registered, ids unique and in the catalogue);
//   2. the named rule sets an operation validates with (first violation in force wins, in list order);
//   3. the derivations and facts DFDG applies itself, re-exported, with whileInForce() for their dates.
// Code outside src/rules imports rules from this module only.
// Not code of their own: R-KF-10 (end reason 45 is accepted by R-KF-14), R-KF-18 (read access, with the
// threshold from hoursThreshold), R-ABS-03 and R-ABS-04 (codelists/absence-types.json), R-NOT-02 (the WSRM
// metadata of every message, src/outbox/wsrmMetadata.ts).
import { inForce, type RuleMeta, type ValidationRule } from './engine.ts';
import type { AbsenceChange } from './absence-change.ts';
import type { HandOverCommand, JobOrderCommand, PlacementCommand } from './jo/job-order-command.ts';
import type { BookingCommand, DeadlineCommand, HeldInterviewCommand, SummonsCommand } from './mtg/contact-command.ts';
import { deleteHistoricalAbsences } from './abs/r-abs-01-delete-historical-absences.ts';
import { onlyFutureAbsencesDeletable } from './abs/r-abs-01-only-future-before-2021-1.ts';
import { absence77, contactGroup12WithAbsence77, type ContactGroupEntry } from './abs/r-abs-02-absence-77.ts';
import { minkAbsence } from './abs/r-abs-05-mink-absence.ts';
import { personExemptsRule } from './abs/r-abs-06-person-exempts.ts';
import { exemptingAbsenceTypes } from './abs/r-abs-07-exempting-absence-types.ts';
import { guestAccess, type GuestAccessRequest } from './cv/r-cv-02-guest-access.ts';
import type { CitizenMessageCommand, OfferDecisionCommand } from './dlg/dialog-command.ts';
import { offerRecommendation } from './dlg/r-dlg-01-offer-recommendation.ts';
import { offerDecision } from './dlg/r-dlg-02-offer-decision.ts';
import { controlActionRequest } from './dlg/r-dlg-03-control-action.ts';
import { offerMessagesInAkassePeriod } from './dlg/r-dlg-04-offer-messages-akasse-period.ts';
import { draftPlanRetired } from './dlg/r-dlg-05-draft-plan-retired.ts';
import { dialogMessageTypes } from './dlg/r-dlg-06-message-types.ts';
import { internalJobOrders } from './jo/r-jo-01-internal-job-orders.ts';
import { availableToAll } from './jo/r-jo-02-available-to-all.ts';
import { outsideCitizen } from './jo/r-jo-03-outside-citizen.ts';
import { numberOfPositions } from './jo/r-jo-04-number-of-positions.ts';
import { akasseOrdinaryOnly } from './jo/r-jo-05-akasse-ordinary-only.ts';
import { akasseCandidates } from './jo/r-jo-06-akasse-candidates.ts';
import { jobcentreNotOnAkasseOrders } from './jo/r-jo-07-jobcentre-not-on-akasse-orders.ts';
import { handOver } from './jo/r-jo-08-handover.ts';
import { removedOnAkasseChange } from './jo/r-jo-09-akasse-change.ts';
import { removedOnClosedContactGroup } from './jo/r-jo-10-contact-group-closed.ts';
import { titleRequired } from './jo/r-jo-11-title-required.ts';
import { jobagHidesPosition } from './jo/r-jo-12-jobag-hides-position.ts';
import { fejlrettet } from './jo/r-jo-13-fejlrettet.ts';
import { readyAkasser } from './jo/r-jo-14-ready-akasser.ts';
import { akasseOwnsFirstPeriod } from './kf/r-kf-01-akasse-owns-first-period.ts';
import { automaticAbsence75Rule } from './kf/r-kf-02-automatic-absence-75.ts';
import { responsibilityFromCounter } from './kf/r-kf-03-responsibility-from-counter.ts';
import { transitionGroup } from './kf/r-kf-04-transition-group.ts';
import { reRegistrationAfterWork } from './kf/r-kf-05-re-registration-after-work.ts';
import { absence75ByOwnAkasse } from './kf/r-kf-06-absence-75-by-own-akasse.ts';
import { akasseChangeKeepsAbsence75 } from './kf/r-kf-07-akasse-change-keeps-absence-75.ts';
import { endAtThreshold } from './kf/r-kf-08-end-at-threshold.ts';
import { noOverlappingAbsence75 } from './kf/r-kf-09-no-overlapping-absence-75.ts';
import { phasedOutEndReasons } from './kf/r-kf-11-phased-out-end-reasons.ts';
import { endReasonsOnlyOnAbsence75 } from './kf/r-kf-12-end-reasons-only-on-absence-75.ts';
import { endReason49ByDfdg } from './kf/r-kf-13-end-reason-49-by-dfdg.ts';
import { endReasonsFrom2024_1 } from './kf/r-kf-14-end-reasons-from-2024-1.ts';
import { udenYdelseRegistration } from './kf/r-kf-15-uden-ydelse-contact-group.ts';
import { endInactiveAbsence75OnAkasseChange } from './kf/r-kf-16-end-inactive-absence-75-on-akasse-change.ts';
import { retroactiveAbsence75Inactive } from './kf/r-kf-17-retroactive-absence-75-inactive.ts';
import { akasseInterviewTypes } from './mtg/r-mtg-01-akasse-interview-types.ts';
import { cvInterviewOnlyForTransitionGroup } from './mtg/r-mtg-02-cv-interview-transition-group.ts';
import { akasseJobInterviewsSurvive } from './mtg/r-mtg-03-akasse-job-interviews-survive.ts';
import { participationChoice } from './mtg/r-mtg-04-participation-choice.ts';
import { akasseSelfBookingOutsideDfdg } from './mtg/r-mtg-05-akasse-self-booking-outside-dfdg.ts';
import { type17SelfBooking } from './mtg/r-mtg-06-type-17-self-booking.ts';
import { type17Deadline } from './mtg/r-mtg-07-type-17-deadline.ts';
import { oneDeadlineAtATime } from './mtg/r-mtg-08-one-deadline.ts';
import { missedDeadline } from './mtg/r-mtg-09-missed-deadline.ts';
import { offerTextLengths, type OfferText } from './mtg/r-mtg-10-offer-text-lengths.ts';
import { flexjobFollowUpInGroup13 } from './mtg/r-mtg-11-flexjob-follow-up-group-13.ts';
import { heldBeforeAbsence75, heldWhileAbsence75Inactive } from './mtg/r-mtg-12-held-before-absence-75.ts';
import { jobcentreOutsideGroup1, jobcentreOutsideGroup1Meta } from './mtg/r-mtg-14-jobcentre-outside-group-1.ts';
import { returnToGroup1 } from './mtg/r-mtg-15-return-to-group-1.ts';
import { followUpWithType12, jobcentreHeldInterviewDuringAkassePeriod } from './mtg/r-mtg-16-follow-up-type-12.ts';
import { akasseReadsJobInterviews } from './mtg/r-mtg-17-akasse-reads-7-17.ts';
import { absenceNotification } from './not/r-not-01-absence-receivers.ts';
import { moveEndsRehabilitation } from './not/r-not-03-move-ends-rehabilitation.ts';
import { closedContactGroupType, moveNotifications } from './not/r-not-05-move-notifications.ts';
import { jobOrderParties, outsideJobcentreMessage } from './not/r-not-08-joborder-parties.ts';
import { deletionNotifiesBenefitSystem } from './not/r-not-09-deletion-notifies-benefit-system.ts';
import { cancellationNotice } from './not/r-not-10-cancellation-notice.ts';
import type { PersonContactChange } from './oth/person-contact-change.ts';
import { fastholdelseskonsulentBeforeRelease } from './oth/r-oth-06-fastholdelseskonsulent.ts';
import {
  activityContactOnlyViaActivityService,
  activityContactUnspecifiedBefore2022_1,
} from './oth/r-oth-07-activity-contact.ts';
import type { JobSearchRequirementCommand, PersonGroupMarkingCommand, PlanCommand } from './plan/plan-command.ts';
import { akasseWritesJobplan } from './plan/r-plan-01-akasse-writes-jobplan.ts';
import { jobGoalsByResponsible } from './plan/r-plan-02-job-goals-by-responsible.ts';
import { jobcentrePublication } from './plan/r-plan-03-jobcentre-publication.ts';
import { noDescriptionForDagpenge } from './plan/r-plan-04-no-description-for-dagpenge.ts';
import { akasseRequirementsInUnemployment } from './plan/r-plan-05-akasse-requirements.ts';
import { noDraftForJobcentre } from './plan/r-plan-06-no-draft-for-jobcentre.ts';
import { akasseReadsGroups1And8 } from './plan/r-plan-09-akasse-reads-groups-1-8.ts';
import { contactOfPublisher } from './plan/r-plan-10-contact-of-publisher.ts';
import { youthJobplan } from './plan/r-plan-13-youth-jobplan.ts';
import { jobGoalRequired } from './plan/r-plan-14-job-goal-required.ts';
import { trialMarking } from './plan/r-plan-15-trial-marking.ts';
import { flexjobRequirementsMeta, requirementGroups } from './plan/r-plan-20-requirement-groups.ts';
import type { ActivityCommand } from './plan/activity-command.ts';
import { onlyJobcentreRegistersOffers } from './plan/r-plan-07-only-jobcentre-registers-offers.ts';
import { akasseCourseActivities } from './plan/r-plan-08-akasse-course-activities.ts';
import { nuphReasonRemark, revertingReasonRemark } from './plan/r-plan-11-nuph-reason-remark.ts';
import { hourlySubsidyRates } from './plan/r-plan-19-hourly-subsidy-rates.ts';
import { healthCodelist2022 } from './plan/r-plan-21-health-codelist.ts';
import { socialCodelist2022 } from './plan/r-plan-22-social-codelist.ts';
import { courseCodelist2022 } from './plan/r-plan-23-course-codelist.ts';
import type { AssessmentCommand, RateReport, SanctionCommand } from './ak/sanction-command.ts';
import { sanctionsRegister } from './ak/r-ak-10-sanctions-register.ts';
import { udenYdelseAfterSanction } from './ak/r-ak-11-uden-ydelse-after-sanction.ts';
import { quarantineCode96 } from './ak/r-ak-14-quarantine-code-96.ts';
import { code96Dates } from './ak/r-ak-15-code-96-dates.ts';
import { jobSearchDocumentationDeadline } from './ak/r-ak-16-job-search-documentation-deadline.ts';
import { ratePerMonthMaximum } from './ak/r-ak-17-rate-per-month-maximum.ts';
import { sanctionDeletion } from './del/r-del-07-sanction-deletion.ts';
import type { NuphAnswerCommand, NuphEventCommand } from './ak/nuph-command.ts';
import { nuphAnswerList, nuphEventList } from './ak/r-ak-01-nuph-lists.ts';
import { activityNuph, activityNuphWithdrawal } from './ak/r-ak-02-activity-nuph.ts';
import { noShowIrrelevant } from './ak/r-ak-05-no-show-irrelevant.ts';
import { citizenToldOfNuph } from './ak/r-ak-08-citizen-told.ts';
import { answeredByItsAkasse, sanctionFlag, type NuphAnsweringCommand } from './ak/r-ak-12-sanction-flag.ts';
import { convertedNuphs } from './ak/r-ak-13-converted.ts';
import { cvStatus5NotNuph } from './cv/r-cv-01-cv-status-5-not-nuph.ts';
import { answeredNuphRetention, unansweredNuphRetention } from './del/r-del-04-05-nuph-retention.ts';
import { tidligPensionReadWindow } from './ak/r-ak-18-tidlig-pension-read-window.ts';
import { tidligPensionNotification } from './not/r-not-07-tidlig-pension-receiver.ts';
import type { NuphDialogTextCommand, NuphDocumentCommand } from './ak/nuph-dialog-command.ts';
import { nuphDialogParties, nuphDialogRule, nuphDialogTextLength } from './ak/r-ak-06-nuph-dialog.ts';
import { nuphDocumentRule, nuphDocumentSize, nuphDocumentType } from './ak/r-ak-07-nuph-documents.ts';
import { nuphDocumentRetention } from './del/r-del-06-nuph-documents.ts';
import { applicantDeadline } from './bat/r-bat-02-applicant-19-days.ts';
import { benefitGranted } from './bat/r-bat-03-benefit-granted.ts';
import { emigratedStayWithJobcentre } from './bat/r-bat-15-emigrated-stay.ts';
import { handoverDatesFollowCpr } from './oth/r-oth-02-handover-dates-follow.ts';
import type { SupplementCommand } from './plan/supplement-command.ts';
import { supplementBackdatingLimit } from './plan/r-plan-16-supplement-backdating.ts';
import { supplementUnder30 } from './plan/r-plan-17-supplement-contact-group-5.ts';
import { supplementEndsAt30 } from './bat/r-bat-05-supplement-ends-at-30.ts';
import { noSupplementEndNotification } from './not/r-not-04-no-supplement-end-notification.ts';
import { youthGroupsAt30 } from './bat/r-bat-06-youth-groups-at-30.ts';
import { udbClosedByAge } from './bat/r-bat-07-udb-closed-by-age.ts';
import { udbClosedOnGroupChange } from './bat/r-bat-08-udb-closed-on-group-change.ts';
import { udbClosedMonthAfterGroup } from './bat/r-bat-09-udb-closed-month-after-group.ts';
import { udbClosedOnCompletedEducation } from './bat/r-bat-10-udb-closed-on-completed-education.ts';
import { udbClosedOnPlanTypeChange } from './bat/r-bat-11-udb-closed-on-plan-type-change.ts';
import { udbOpenWhenJobcentreClosesGroup } from './bat/r-bat-12-udb-open-when-jobcentre-closes-group.ts';
import { udbJobplanPublication } from './bat/r-bat-13-udb-jobplan-publication.ts';
import { udbFrom15thBirthday } from './bat/r-bat-14-udb-from-15th-birthday.ts';
import { supportNeedsRemovedMessage } from './not/r-not-12-support-needs-removed.ts';
import { completedEducationAlert } from './not/r-not-14-completed-education-alert.ts';
import { udbMessageOrder } from './not/r-not-15-udb-message-order.ts';
import { noInjunctionPdf } from './plan/r-plan-24-no-injunction-pdf.ts';
import { institutionContactCvr } from './oth/r-oth-11-institution-contact-cvr.ts';
import { uddannelsesinstitutionService } from './oth/r-oth-12-uddannelsesinstitution-service.ts';
import { noWrongReRegistration } from './bat/r-bat-04-recovery-re-registration.ts';
import type { JobcentreChangeCommand, PersonGroupMarkingUpdate } from './oth/person-registration-command.ts';
import { asylovergivelseService, asylovergivelseServiceBeforeRelease } from './oth/r-oth-01-asylovergivelse-service.ts';
import {
  rehabilitationDocumentRule,
  rehabilitationDocumentSize,
  rehabilitationDocumentSizeBefore2023_4,
  rehabilitationDocumentType,
  type RehabilitationDocumentCommand,
} from './plan/r-plan-18-rehabilitation-documents.ts';
import { referralProgrammeRetention } from './del/r-del-01-referral-programmes.ts';
import {
  jobcentreUpdatesStarMarking,
  starMarkingRefusedBefore2023_4,
} from './oth/r-oth-03-jobcentre-updates-star-marking.ts';
import {
  unregisteredGroup1ChangeFailedBefore2022_1,
  unregisteredGroup1JobcentreChange,
} from './oth/r-oth-05-unregistered-group-1-jobcentre-change.ts';
import { moveResetsCategory, takeoverKeepsCategory } from './bat/r-bat-01-move-resets-category.ts';
import type { CitizenState } from '../domain/types.ts';
import type { CvRead, CvStatusCommand } from './cv/cv-command.ts';
import {
  letAsylMissingJobCode,
  letAsylMissingJobCodeFailedBefore2023_4,
} from './cv/r-cv-03-letasyl-missing-job-code.ts';
import {
  approvalInRehabilitation,
  approvalInRehabilitationRefusedBefore2022_1,
} from './cv/r-cv-04-approval-in-rehabilitation.ts';
import {
  administrativeCprAddress,
  cvWithoutAddressFailedBefore2022_1,
} from './cv/r-cv-05-administrative-cpr-address.ts';
import {
  historicalStatusAfterAkasseChange,
  statusOnlyByCurrentAkasseBefore2022_1,
} from './cv/r-cv-06-historical-status-after-akasse-change.ts';
import { professionOnlyOnce, type RegisteredProfession } from './oth/r-oth-04-profession-once.ts';
import { jobnetCredentialsUnknown } from './oth/r-oth-08-jobnet-credentials-unknown.ts';
import { statisticalPartClosed } from './oth/r-oth-09-statistical-part-closed.ts';
import { screeningPilotTargetGroup } from './oth/r-oth-10-digital-screening-pilot.ts';
import { screeningRetention } from './del/r-del-03-screening-retention.ts';
import {
  rehabilitationFormRetention,
  submittedFormRetention,
  unfinishedFormRetention,
} from './del/r-del-10-12-preparation-form-retention.ts';

// ---- 1. Every rule once, in catalogue order -------------------------------------------------------------------

export const RULES: readonly RuleMeta[] = Object.freeze([
  akasseOwnsFirstPeriod,
  automaticAbsence75Rule,
  responsibilityFromCounter,
  transitionGroup,
  reRegistrationAfterWork,
  absence75ByOwnAkasse,
  akasseChangeKeepsAbsence75,
  endAtThreshold,
  noOverlappingAbsence75,
  phasedOutEndReasons,
  endReasonsOnlyOnAbsence75,
  endReason49ByDfdg,
  endReasonsFrom2024_1,
  udenYdelseRegistration,
  endInactiveAbsence75OnAkasseChange,
  retroactiveAbsence75Inactive,
  onlyFutureAbsencesDeletable,
  deleteHistoricalAbsences,
  absence77,
  minkAbsence,
  personExemptsRule,
  exemptingAbsenceTypes,
  akasseInterviewTypes,
  cvInterviewOnlyForTransitionGroup,
  akasseJobInterviewsSurvive,
  participationChoice,
  akasseSelfBookingOutsideDfdg,
  type17SelfBooking,
  type17Deadline,
  oneDeadlineAtATime,
  missedDeadline,
  offerTextLengths,
  flexjobFollowUpInGroup13,
  heldBeforeAbsence75,
  heldWhileAbsence75Inactive,
  jobcentreOutsideGroup1Meta,
  returnToGroup1,
  followUpWithType12,
  akasseReadsJobInterviews,
  internalJobOrders,
  availableToAll,
  outsideCitizen,
  numberOfPositions,
  akasseOrdinaryOnly,
  akasseCandidates,
  jobcentreNotOnAkasseOrders,
  handOver,
  removedOnAkasseChange,
  removedOnClosedContactGroup,
  titleRequired,
  jobagHidesPosition,
  fejlrettet,
  readyAkasser,
  guestAccess,
  offerRecommendation,
  offerDecision,
  controlActionRequest,
  offerMessagesInAkassePeriod,
  draftPlanRetired,
  dialogMessageTypes,
  absenceNotification,
  moveEndsRehabilitation,
  moveNotifications,
  closedContactGroupType,
  jobOrderParties,
  outsideJobcentreMessage,
  deletionNotifiesBenefitSystem,
  cancellationNotice,
  fastholdelseskonsulentBeforeRelease,
  activityContactUnspecifiedBefore2022_1,
  activityContactOnlyViaActivityService,
  akasseWritesJobplan,
  jobGoalsByResponsible,
  jobcentrePublication,
  noDescriptionForDagpenge,
  akasseRequirementsInUnemployment,
  noDraftForJobcentre,
  akasseReadsGroups1And8,
  contactOfPublisher,
  youthJobplan,
  jobGoalRequired,
  trialMarking,
  flexjobRequirementsMeta,
  onlyJobcentreRegistersOffers,
  akasseCourseActivities,
  nuphReasonRemark,
  revertingReasonRemark,
  hourlySubsidyRates,
  healthCodelist2022,
  socialCodelist2022,
  courseCodelist2022,
  sanctionsRegister,
  udenYdelseAfterSanction,
  quarantineCode96,
  code96Dates,
  jobSearchDocumentationDeadline,
  ratePerMonthMaximum,
  sanctionDeletion,
  cvStatus5NotNuph,
  nuphEventList,
  activityNuph,
  activityNuphWithdrawal,
  noShowIrrelevant,
  citizenToldOfNuph,
  sanctionFlag,
  convertedNuphs,
  answeredNuphRetention,
  unansweredNuphRetention,
  tidligPensionReadWindow,
  tidligPensionNotification,
  nuphDialogRule,
  nuphDocumentRule,
  nuphDocumentRetention,
  applicantDeadline,
  benefitGranted,
  emigratedStayWithJobcentre,
  handoverDatesFollowCpr,
  supplementBackdatingLimit,
  supplementUnder30,
  supplementEndsAt30,
  noSupplementEndNotification,
  youthGroupsAt30,
  noWrongReRegistration,
  asylovergivelseServiceBeforeRelease,
  asylovergivelseService,
  starMarkingRefusedBefore2023_4,
  jobcentreUpdatesStarMarking,
  unregisteredGroup1ChangeFailedBefore2022_1,
  unregisteredGroup1JobcentreChange,
  moveResetsCategory,
  takeoverKeepsCategory,
  letAsylMissingJobCodeFailedBefore2023_4,
  letAsylMissingJobCode,
  approvalInRehabilitationRefusedBefore2022_1,
  approvalInRehabilitation,
  cvWithoutAddressFailedBefore2022_1,
  administrativeCprAddress,
  statusOnlyByCurrentAkasseBefore2022_1,
  historicalStatusAfterAkasseChange,
  professionOnlyOnce,
  jobnetCredentialsUnknown,
  statisticalPartClosed,
  screeningPilotTargetGroup,
  screeningRetention,
  submittedFormRetention,
  unfinishedFormRetention,
  rehabilitationFormRetention,
  udbClosedByAge,
  udbClosedOnGroupChange,
  udbClosedMonthAfterGroup,
  udbClosedOnCompletedEducation,
  udbClosedOnPlanTypeChange,
  udbOpenWhenJobcentreClosesGroup,
  udbJobplanPublication,
  udbFrom15thBirthday,
  supportNeedsRemovedMessage,
  completedEducationAlert,
  udbMessageOrder,
  noInjunctionPdf,
  institutionContactCvr,
  uddannelsesinstitutionService,
  rehabilitationDocumentRule,
  referralProgrammeRetention,
]);

/** The rules in force on `businessDate`, in registry order. */
export const rulesInForce = (businessDate: string): RuleMeta[] => RULES.filter((r) => inForce(r, businessDate));

// ---- 2. Rule sets: what each operation validates, in order ----------------------------------------------------

/** Every change to an absence. R-KF-13 precedes R-KF-14 so 49 from an authority reads "reserved for DFDG". */
export const absenceChangeRules: readonly ValidationRule<AbsenceChange>[] = Object.freeze([
  absence75ByOwnAkasse,
  noOverlappingAbsence75,
  phasedOutEndReasons,
  endReasonsOnlyOnAbsence75,
  endReason49ByDfdg,
  endReasonsFrom2024_1,
  onlyFutureAbsencesDeletable,
  deleteHistoricalAbsences,
  absence77,
  minkAbsence,
]);
/** The absences `absenceChangeRules` read from the citizen's state: R-KF-09's absences 75 (the others look at
 *  the changed absence, the actor and the contact groups and memberships only). An absence write loads no others
 *  (src/services/operation.ts `absenceTypes`); a rule added above that reads more must add its types here. */
export { ABSENCE_75 as absenceChangeReads } from './citizen-on-date.ts';
/** An authority's summons, on create and update. */
export const summonsRules: readonly ValidationRule<SummonsCommand>[] = Object.freeze([
  akasseInterviewTypes,
  cvInterviewOnlyForTransitionGroup,
  jobcentreOutsideGroup1,
]);
/** The absences `summonsRules` read from the citizen's state: R-MTG-14's absences 75 (R-MTG-01 and 02 look at the
 *  summons, the actor and the enrollments only). A summons write loads no others (src/services/operation.ts
 *  `absenceTypes`); a rule added above that reads more must add its types here. */
export { ABSENCE_75 as summonsAbsenceReads } from './citizen-on-date.ts';
/** An a-kasse's participation choice on a summons. */
export const participationChoiceRules: readonly ValidationRule<SummonsCommand>[] = Object.freeze([participationChoice]);
/** A citizen's booking of an online meeting offer, checked as the offering authority's summons. */
export const bookingRules: readonly ValidationRule<BookingCommand>[] = Object.freeze([
  type17SelfBooking,
  jobcentreOutsideGroup1,
]);
/** The texts of an online meeting offer. */
/** A jobcentre's move into a contact group (CreateContactGroup): 4645 on a conflicting absence. */
export const contactGroupEntryRules: readonly ValidationRule<ContactGroupEntry>[] = Object.freeze([
  contactGroup12WithAbsence77,
]);

export const offerTextRules: readonly ValidationRule<OfferText>[] = Object.freeze([offerTextLengths]);
/** A self-booking deadline, on create and update. */
export const deadlineRules: readonly ValidationRule<DeadlineCommand>[] = Object.freeze([
  jobcentreOutsideGroup1,
  type17Deadline,
  oneDeadlineAtATime,
]);
/** A held interview (CreatePersonInterview). */
export const heldInterviewRules: readonly ValidationRule<HeldInterviewCommand>[] = Object.freeze([
  flexjobFollowUpInGroup13,
  heldBeforeAbsence75,
  jobcentreHeldInterviewDuringAkassePeriod,
]);
/** A new job order. */
export const jobOrderCreateRules: readonly ValidationRule<JobOrderCommand>[] = Object.freeze([
  titleRequired,
  akasseOrdinaryOnly,
  readyAkasser,
  availableToAll,
]);
/** A changed job order (update, hand-over). */
export const jobOrderUpdateRules: readonly ValidationRule<JobOrderCommand>[] = Object.freeze([
  akasseOrdinaryOnly,
  readyAkasser,
  availableToAll,
]);
/** Sharing a job order with all. */
export const jobOrderShareRules: readonly ValidationRule<JobOrderCommand>[] = Object.freeze([availableToAll]);
/** Handing a job order over to another authority. */
export const handOverRules: readonly ValidationRule<HandOverCommand>[] = Object.freeze([handOver]);
/** Placing a candidate on a job order. */
export const placementRules: readonly ValidationRule<PlacementCommand>[] = Object.freeze([
  jobcentreNotOnAkasseOrders,
  akasseCandidates,
]);
/** Guest access to a candidate's data. */
export const guestAccessRules: readonly ValidationRule<GuestAccessRequest>[] = Object.freeze([guestAccess]);
/** A change of a citizen's contact person through PersonContactService (create, update, delete). */
export const personContactChangeRules: readonly ValidationRule<PersonContactChange>[] = Object.freeze([
  fastholdelseskonsulentBeforeRelease,
  activityContactUnspecifiedBefore2022_1,
  activityContactOnlyViaActivityService,
]);

/** A draft plan (CreateDraftPlan, UpdateDraftPlan) and its publication (PublishPlan). */
export const planRules: readonly ValidationRule<PlanCommand>[] = Object.freeze([
  noDraftForJobcentre,
  jobcentrePublication,
  jobGoalsByResponsible,
  noDescriptionForDagpenge,
  youthJobplan,
  jobGoalRequired,
]);
/** A job-search requirement (krav til jobsøgning). */
export const jobSearchRequirementRules: readonly ValidationRule<JobSearchRequirementCommand>[] = Object.freeze([
  akasseRequirementsInUnemployment,
  requirementGroups,
]);
/** A person-group marking. */
export const personGroupMarkingRules: readonly ValidationRule<PersonGroupMarkingCommand>[] = Object.freeze([
  trialMarking,
]);
/** A dialog message (CitizenMessageService.CreateMessage). R-DLG-05 precedes the codelist check (R-DLG-06) so a
 *  type 2 from release 2024-1 reads "retired", not "expired"; R-DLG-04 (sender, period) precedes the receivers. */
export const citizenMessageRules: readonly ValidationRule<CitizenMessageCommand>[] = Object.freeze([
  draftPlanRetired,
  dialogMessageTypes,
  offerMessagesInAkassePeriod,
  offerRecommendation,
  controlActionRequest,
]);
/** The absences `citizenMessageRules` read: R-DLG-04's absences 75. */
export { ABSENCE_75 as citizenMessageReads } from './citizen-on-date.ts';
/** The jobcentre's decision on a type-11 recommendation. */
export const offerDecisionRules: readonly ValidationRule<OfferDecisionCommand>[] = Object.freeze([offerDecision]);

/** An activity's create and update (ActivityService): who may register it, then its values, then the remark. */
export const activityRules: readonly ValidationRule<ActivityCommand>[] = Object.freeze([
  onlyJobcentreRegistersOffers,
  akasseCourseActivities,
  healthCodelist2022,
  socialCodelist2022,
  courseCodelist2022,
  hourlySubsidyRates,
  nuphReasonRemark,
  revertingReasonRemark,
]);

/** A sanction reported to the sanctions register (CreateSanktion, UpdateSanktion). */
export const sanctionRules: readonly ValidationRule<SanctionCommand>[] = Object.freeze([sanctionsRegister]);
/** An availability assessment (SaveAvailabilityAssessment). */
export const availabilityAssessmentRules: readonly ValidationRule<AssessmentCommand>[] = Object.freeze([code96Dates]);
/** The rate of a dagpengetæller report (CreateBenefitsAccount). */
export const ratePerMonthRules: readonly ValidationRule<RateReport>[] = Object.freeze([ratePerMonthMaximum]);
/** A NUPH's event code, created by the jobcentre or generated by DFDG: CV status 5 first (its own fault), then the
 *  shortened event list. */
export const nuphEventRules: readonly ValidationRule<NuphEventCommand>[] = Object.freeze([
  cvStatus5NotNuph,
  nuphEventList,
]);

/** An a-kasse's answer to a NUPH: who answers (the NUPH's a-kasse, once, not withdrawn). */
export const nuphAnsweringRules: readonly ValidationRule<NuphAnsweringCommand>[] = Object.freeze([answeredByItsAkasse]);

/** The answer's code: the shortened answer list. */
export const nuphAnswerRules: readonly ValidationRule<NuphAnswerCommand>[] = Object.freeze([nuphAnswerList]);

/** A question or a reply in a NUPH's dialog (R-AK-06): who writes, then the text. */
export const nuphDialogTextRules: readonly ValidationRule<NuphDialogTextCommand>[] = Object.freeze([
  nuphDialogParties,
  nuphDialogTextLength,
]);
/** A document attached in a NUPH's dialog (R-AK-07): its size, then its type. */
export const nuphDocumentRules: readonly ValidationRule<NuphDocumentCommand>[] = Object.freeze([
  nuphDocumentSize,
  nuphDocumentType,
]);
export const supplementRules: readonly ValidationRule<SupplementCommand>[] = Object.freeze([
  supplementBackdatingLimit,
  supplementUnder30,
]);
/** A change of the citizen's jobcentre affiliation (PersonRegistrationService.UpdatePersonJobcenter). */
export const jobcentreChangeRules: readonly ValidationRule<JobcentreChangeCommand>[] = Object.freeze([
  unregisteredGroup1ChangeFailedBefore2022_1,
]);
/** An update of a person-group marking (PersonRegistrationService.UpdatePersonGroupMarking). */
export const personGroupMarkingUpdateRules: readonly ValidationRule<PersonGroupMarkingUpdate>[] = Object.freeze([
  starMarkingRefusedBefore2023_4,
]);
/** Any call of Borgerindsats.AsylovergivelseService. */
export const asylovergivelseRules: readonly ValidationRule<{ cpr: string }>[] = Object.freeze([
  asylovergivelseServiceBeforeRelease,
]);
/** A CV status registration (CVWorkFlowService.UpdateCVStatus). */
export const cvStatusRules: readonly ValidationRule<CvStatusCommand>[] = Object.freeze([
  statusOnlyByCurrentAkasseBefore2022_1,
  historicalStatusAfterAkasseChange,
  approvalInRehabilitationRefusedBefore2022_1,
]);
/** A CV read (CVService.GetCV). */
export const cvReadRules: readonly ValidationRule<CvRead>[] = Object.freeze([
  cvWithoutAddressFailedBefore2022_1,
  letAsylMissingJobCodeFailedBefore2023_4,
]);
/** The job titles and aliases of a registration (UnemploymentEnrollment). */
export const professionRules: readonly ValidationRule<{ professions: readonly RegisteredProfession[] }>[] =
  Object.freeze([professionOnlyOnce]);
/** A save of the preparation form with or without the screening's answers. */
export const screeningRules: readonly ValidationRule<{ citizen: CitizenState; answered: boolean }>[] = Object.freeze([
  screeningPilotTargetGroup,
]);
/** A document uploaded to a rehabilitation process (R-PLAN-18): its size (10 MB, from release 2023-4 15 MB), then its type. */
export const rehabilitationDocumentRules: readonly ValidationRule<RehabilitationDocumentCommand>[] = Object.freeze([
  rehabilitationDocumentSizeBefore2023_4,
  rehabilitationDocumentSize,
  rehabilitationDocumentType,
]);

// ---- 3. Derivations and facts DFDG applies itself -------------------------------------------------------------

export {
  inForce,
  whileInForce,
  firstViolation,
  violation,
  type RuleMeta,
  type ValidationRule,
  type Violation,
} from './engine.ts';
export type { AbsenceChange } from './absence-change.ts';
export type { Receiver } from './not/receiver.ts';
export { uniqueReceivers } from './not/receiver.ts';
export type { HandOverCommand, JobOrderCommand, PlacementCommand } from './jo/job-order-command.ts';
export type { PersonContactChange } from './oth/person-contact-change.ts';
export type { CitizenMessageCommand, OfferDecisionCommand } from './dlg/dialog-command.ts';
export { citizensJobcentre } from './dlg/r-dlg-01-offer-recommendation.ts';
export type { BookingCommand, DeadlineCommand, HeldInterviewCommand, SummonsCommand } from './mtg/contact-command.ts';
export { absenceCovers, activeAbsenceOn, contactGroupOn, currentAkasse, enrolledOn } from './citizen-on-date.ts';
export { akasseHasContactProcess } from './mtg/r-mtg-14-jobcentre-outside-group-1.ts';
export { LESS_INTENSIVE_EFFORT_ABSENCE_TYPES, latestCancellationDate } from './cancellation-window.ts';
export { EndReason } from './kf/end-reasons.ts';
export type { NuphDialogTextCommand, NuphDocumentCommand } from './ak/nuph-dialog-command.ts';
export { isNuphParty, NUPH_DIALOG_TEXT_MAX } from './ak/r-ak-06-nuph-dialog.ts';
export { NUPH_DOCUMENT_CONTENT_TYPES, NUPH_DOCUMENT_MAX_BYTES } from './ak/r-ak-07-nuph-documents.ts';
export { nuphDocumentRetention, nuphDocumentsDueStoredOnOrBefore } from './del/r-del-06-nuph-documents.ts';
export { hoursThreshold, responsibleAuthority } from './kf/r-kf-01-akasse-owns-first-period.ts';
export { automaticAbsence75 } from './kf/r-kf-02-automatic-absence-75.ts';
export { contactProcessResponsibility } from './kf/r-kf-03-responsibility-from-counter.ts';
export { isTransitionGroup } from './kf/r-kf-04-transition-group.ts';
export { absence75OnMembershipChange } from './kf/r-kf-07-akasse-change-keeps-absence-75.ts';
export { thresholdReached } from './kf/r-kf-08-end-at-threshold.ts';
export { transitionMarking } from './kf/r-kf-13-end-reason-49-by-dfdg.ts';
export { contactGroupForClientCategory } from './kf/r-kf-15-uden-ydelse-contact-group.ts';
export {
  absence75ActiveForContactGroup,
  absence75ActiveOnRegistration,
} from './kf/r-kf-17-retroactive-absence-75-inactive.ts';
export { NON_DELETABLE_ABSENCE_TYPES } from './abs/r-abs-01-delete-historical-absences.ts';
export { MINK_ABSENCE_TYPE } from './abs/r-abs-05-mink-absence.ts';
export { personExempts } from './abs/r-abs-06-person-exempts.ts';
export { EXEMPTING_ABSENCE_TYPES } from './abs/r-abs-07-exempting-absence-types.ts';
export { GUEST_ACCESS_COMMENT } from './cv/r-cv-02-guest-access.ts';
export { isInvited, isPrimary, mayRead, sharedWithAllJobcentres } from './jo/r-jo-01-internal-job-orders.ts';
export { outsideJobcentre } from './jo/r-jo-03-outside-citizen.ts';
export { leavesAkasseOrder, removedOnAkasseChange } from './jo/r-jo-09-akasse-change.ts';
export { leavesOnClosedContactGroup, removedOnClosedContactGroup } from './jo/r-jo-10-contact-group-closed.ts';
export { companyView } from './jo/r-jo-12-jobag-hides-position.ts';
export { akasseInterviewTypes, akasseMaySummonTo } from './mtg/r-mtg-01-akasse-interview-types.ts';
export {
  akasseJobInterviewsSurvive,
  summonsesEndingWithAkassePeriod,
} from './mtg/r-mtg-03-akasse-job-interviews-survive.ts';
export {
  missedDeadline,
  missedDeadlines,
  offersDuringImmediateBooking,
  ofImmediateBookingType,
} from './mtg/r-mtg-09-missed-deadline.ts';
export { endedOnReturnToGroup1, returnToGroup1 } from './mtg/r-mtg-15-return-to-group-1.ts';
export { AKASSE_VISIBLE_INTERVIEW_TYPES, visibleToAkasse } from './mtg/r-mtg-17-akasse-reads-7-17.ts';
export { absenceNotificationReceivers } from './not/r-not-01-absence-receivers.ts';
export { moveEndsRehabilitation, rehabilitationEndedByMove } from './not/r-not-03-move-ends-rehabilitation.ts';
export { closedContactGroupType, moveNotices, moveNotifications } from './not/r-not-05-move-notifications.ts';
export { jobOrderReceivers } from './not/r-not-08-joborder-parties.ts';
export { cancellationNotice, cancellationNotices } from './not/r-not-10-cancellation-notice.ts';
export { deadlineReceiver, summonsReceivers } from './not/summons-receivers.ts';
export { registrationReceivers } from './not/registration-receivers.ts';
export { contactGroupWsbReceivers } from './not/contact-group-wsb-receivers.ts';
export type { JobSearchRequirementCommand, PersonGroupMarkingCommand, PlanCommand } from './plan/plan-command.ts';
export { inAkassePeriod, planResponsibility } from './plan/r-plan-01-akasse-writes-jobplan.ts';
/** The absence types the PLAN rules read (R-PLAN-01's absence 75): a plan write loads only those. */
export { ABSENCE_75 as planAbsenceReads } from './citizen-on-date.ts';
export { planVisibleToAkasse } from './plan/r-plan-09-akasse-reads-groups-1-8.ts';
export { planContactAuthority } from './plan/r-plan-10-contact-of-publisher.ts';
export { planPublicationReceivers } from './plan/plan-receivers.ts';
export type { ActivityCommand } from './plan/activity-command.ts';
export {
  ActivityStatus,
  ActivityStatusReason,
  NUPH_TRIGGERING_COMBINATIONS,
  REASON_REMARK_MIN_LENGTH,
  triggersNuph,
} from './plan/nuph-triggers.ts';
export { activityReceivers, type ActivityReceivers } from './not/activity-receivers.ts';
export type { AssessmentCommand, MaximumRates, RateReport, SanctionCommand } from './ak/sanction-command.ts';
export { AvailabilityAssessmentCode } from './ak/r-ak-14-quarantine-code-96.ts';
export { JOB_SEARCH_DOCUMENTATION_DEADLINE_MONTHS } from './ak/r-ak-16-job-search-documentation-deadline.ts';
export { maximumRatePerMonth } from './ak/r-ak-17-rate-per-month-maximum.ts';
export { sanctionDeletionDate } from './del/r-del-07-sanction-deletion.ts';
export type { NuphAnswerCommand, NuphEventCommand } from './ak/nuph-command.ts';
export type { NuphAnsweringCommand } from './ak/r-ak-12-sanction-flag.ts';
export { activityNuph, activityNuphEvent, activityNuphWithdrawal } from './ak/r-ak-02-activity-nuph.ts';
export { NuphAnswerCode, NuphEvent, irrelevantBecause, noShowIrrelevant } from './ak/r-ak-05-no-show-irrelevant.ts';
export { citizenToldOfNuph } from './ak/r-ak-08-citizen-told.ts';
export { convertible, FIRST_CONVERTED_EVENT_DATE } from './ak/r-ak-13-converted.ts';
export { CV_STATUS_5_EVENT } from './cv/r-cv-01-cv-status-5-not-nuph.ts';
export {
  answeredNuphRetention,
  nuphDueIfOnOrBefore,
  unansweredNuphRetention,
} from './del/r-del-04-05-nuph-retention.ts';
export { akasseMayReadTidligPension, tidligPensionReadWindow } from './ak/r-ak-18-tidlig-pension-read-window.ts';
export { tidligPensionNotification, tidligPensionReceiver } from './not/r-not-07-tidlig-pension-receiver.ts';
export { applicantDeadline, APPLICANT_DAYS, overdueApplication } from './bat/r-bat-02-applicant-19-days.ts';
export { applicationGranted, benefitGranted } from './bat/r-bat-03-benefit-granted.ts';
export {
  emigratedStayWithJobcentre,
  jobcentreAfterEmigration,
  JOBCENTER_KOEBENHAVN,
} from './bat/r-bat-15-emigrated-stay.ts';
export { handoverDatesFollowCpr, tablesFollowingNewCpr } from './oth/r-oth-02-handover-dates-follow.ts';
export { BENEFIT_APPLICATION_CONTACT_GROUPS } from './bat/benefit-application.ts';
export type { SupplementCommand } from './plan/supplement-command.ts';
export { supplementLawful } from './plan/r-plan-17-supplement-contact-group-5.ts';
export { supplementEndings, supplementEndsAt30 } from './bat/r-bat-05-supplement-ends-at-30.ts';
export { supplementEndReceivers } from './not/r-not-04-no-supplement-end-notification.ts';
export { GROUP_AT_30, groupChangeAt30, youthGroupsAt30 } from './bat/r-bat-06-youth-groups-at-30.ts';
export {
  formerRecoveryReRegistration,
  noWrongReRegistration,
  recoveryReRegistration,
  type RecoveryDecision,
} from './bat/r-bat-04-recovery-re-registration.ts';
export type { JobcentreChangeCommand, PersonGroupMarkingUpdate } from './oth/person-registration-command.ts';
export { unregisteredGroup1WithoutAkasse } from './oth/r-oth-05-unregistered-group-1-jobcentre-change.ts';
export {
  categoryAfterMove,
  moveResetsCategory,
  openCategoryOn,
  takeoverKeepsCategory,
  type CategoryAfterMove,
} from './bat/r-bat-01-move-resets-category.ts';
export type { CvRead, CvStatusCommand } from './cv/cv-command.ts';
export { cvStatusIsNuph } from './cv/r-cv-01-cv-status-5-not-nuph.ts';
export { cvAddress, UKENDT } from './cv/r-cv-05-administrative-cpr-address.ts';
export type { RegisteredProfession } from './oth/r-oth-04-profession-once.ts';
export { answeredCredentials, type JobnetCredentials } from './oth/r-oth-08-jobnet-credentials-unknown.ts';
export { getsStatisticalPart } from './oth/r-oth-09-statistical-part-closed.ts';
export { screeningShown } from './oth/r-oth-10-digital-screening-pilot.ts';
export { SCREENING_RETENTION_MONTHS, screeningVisibleOnJobnet } from './del/r-del-03-screening-retention.ts';
export {
  FORM_RETENTION_MONTHS,
  PREPARATION_FORM_CONTACT_GROUPS,
  REHABILITATION_FORM_RETENTION_MONTHS,
  submittedFormPeriodStart,
} from './del/r-del-10-12-preparation-form-retention.ts';
export { cvReceivers } from './not/cv-receivers.ts';
export { udbAgeClosing, udbClosedByAge, type UdbClosing } from './bat/r-bat-07-udb-closed-by-age.ts';
export { udbClosedOnGroupChange, udbGroupChangeClosing } from './bat/r-bat-08-udb-closed-on-group-change.ts';
export {
  monthAfterClosing,
  udbClosedMonthAfterGroup,
  udbMonthAfterGroupClosing,
  type GroupClosedFacts,
} from './bat/r-bat-09-udb-closed-month-after-group.ts';
export {
  udbClosedOnCompletedEducation,
  udbCompletedEducationClosing,
} from './bat/r-bat-10-udb-closed-on-completed-education.ts';
export { udbClosedOnPlanTypeChange, udbPlanTypeChangeClosing } from './bat/r-bat-11-udb-closed-on-plan-type-change.ts';
export {
  udbClosingOnGroupEnd,
  udbOpenWhenJobcentreClosesGroup,
} from './bat/r-bat-12-udb-open-when-jobcentre-closes-group.ts';
export {
  udbJobplanPublication,
  udbPublicationEffect,
  type UdbPublicationEffect,
} from './bat/r-bat-13-udb-jobplan-publication.ts';
export { UDB_START_AGE, udbFifteenthBirthday, udbFrom15thBirthday } from './bat/r-bat-14-udb-from-15th-birthday.ts';
export { UDB_CONTACT_GROUPS } from './bat/udb-target-groups.ts';
export {
  SUPPORT_NEEDS_REMOVED,
  supportNeedsRemoved,
  supportNeedsRemovedMessage,
} from './not/r-not-12-support-needs-removed.ts';
export { completedEducationAlert, completedEducationReceivers } from './not/r-not-14-completed-education-alert.ts';
export {
  inUdbOrder,
  JOBCENTRE_CONTACT_TYPE,
  udbContactPerson,
  udbMessageOrder,
  type UdbContactPerson,
} from './not/r-not-15-udb-message-order.ts';
export { INJUNCTION_STEP, noInjunctionPdf } from './plan/r-plan-24-no-injunction-pdf.ts';
export { institutionContactCvr, institutionIdentifiers } from './oth/r-oth-11-institution-contact-cvr.ts';
export { uddannelsesinstitutionService } from './oth/r-oth-12-uddannelsesinstitution-service.ts';
export {
  REHABILITATION_DOCUMENT_MAX_BYTES,
  type RehabilitationDocumentCommand,
} from './plan/r-plan-18-rehabilitation-documents.ts';
export {
  REFERRAL_PROGRAMME_RETENTION_MONTHS,
  REFERRAL_PROGRAMMES_ENDED_BY,
  referralProgrammeRetention,
} from './del/r-del-01-referral-programmes.ts';
export { rehabilitationDocumentReceivers } from './not/rehabilitation-document-receivers.ts';
