// Registration as job seeker (tilmelding) in any category, incl. 'Uden ydelse' (R-KF-15), and cancellation
// (afmelding). Registering a dagpengemodtager lets DFDG decide the contact process from the dagpengetæller and,
// where the a-kasse is responsible, register absence 75 itself (R-KF-02..05), notified as every absence (R-NOT-01).
// The enrollment is notified as GetUnemploymentEnrollmentVersion4, its cancellation as
// GetCancelUnemploymentEnrollmentVersion4 (src/app/citizen/deregistration.ts).
import { AbsenceTypes, type Absence, type CitizenState, type Enrollment, type IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import {
  absence75ActiveOnRegistration,
  automaticAbsence75,
  contactGroupForClientCategory,
  latestCancellationDate,
  registrationReceivers,
} from '../../rules/index.ts';
import { enrollmentMessages } from '../../outbox/registrationMessages.ts';
import { insertEnrollment } from '../../store/citizenRepository.ts';
import { applyAbsenceChange } from '../absence/absenceChanges.ts';
import { placeInContactGroup } from '../citizen/contactGroupChange.ts';
import { deregister } from '../citizen/deregistration.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

/** The cancellation date is the first day without enrollment, so a re-registration may start on it (R-KF-15). */
const openOn = (e: Enrollment, date: IsoDate) => e.endDate === null || e.endDate > date;

/** R-KF-02/03/04/05: DFDG's own absence 75 for a new dagpenge enrollment, when the a-kasse is responsible. */
async function registerAutomaticAbsence75(
  w: WriteContext,
  before: CitizenState,
  enrollment: Enrollment,
): Promise<void> {
  const decision = automaticAbsence75(before, enrollment, w.businessDate);
  if (!decision) return;
  const dfdg: WriteContext = { ...w, actor: { kind: 'dfdg', process: 'tilmelding' }, user: null };
  const draft: Absence = {
    id: timeOrderedUuid(),
    cpr: before.person.cpr,
    absenceType: AbsenceTypes.KontaktforloebHosAkassen,
    startDate: decision.startDate,
    endDate: null,
    notificationDate: w.businessDate,
    comment: null,
    endReason: null,
    active: true,
    createdByDfdg: true,
    registeredBy: dfdg.actor,
    registeredOn: w.businessDate,
    deletedOn: null,
  };
  const absence = { ...draft, active: absence75ActiveOnRegistration(before, draft, w.businessDate) };
  const state = { ...before, enrollments: [...before.enrollments, enrollment] };
  await applyAbsenceChange(dfdg, state, 'create', null, absence);
}

/** Enrolls the citizen in `clientCategory` from `enrollmentDate`; returns the enrollment's id. */
export async function enroll(
  w: WriteContext,
  citizen: CitizenState,
  clientCategory: number,
  unemploymentStatus: number,
  enrollmentDate: IsoDate,
): Promise<string> {
  requireCodeListValue('client-categories', clientCategory, w.businessDate, 'ClientCategoryTypeIdentifier');
  requireCodeListValue(
    'unemployment-status',
    unemploymentStatus,
    w.businessDate,
    'CurrentUnemploymentStatusTypeIdentifier',
  );
  if (citizen.enrollments.some((x) => openOn(x, enrollmentDate)))
    throw fault('EnrollmentAlreadyOpen', `an enrollment is open on ${enrollmentDate}`);
  const enrollment: Enrollment = {
    id: timeOrderedUuid(),
    cpr: citizen.person.cpr,
    clientCategory,
    enrollmentDate,
    endDate: null,
    endReason: null,
  };
  await insertEnrollment(w.trx, enrollment);
  const receivers = registrationReceivers(citizen, w.businessDate);
  await w.outbox.enqueue(enrollmentMessages(enrollment, unemploymentStatus, receivers, w));
  const contactGroup = contactGroupForClientCategory(clientCategory);
  if (contactGroup !== null) await placeInContactGroup(w, citizen, contactGroup, enrollmentDate);
  await registerAutomaticAbsence75(w, citizen, enrollment);
  return enrollment.id;
}

/** Ends the citizen's open enrollment on `date` (today to 30 days ahead, 60 in a less intensive effort) with `reason`. */
export async function cancelEnrollment(
  w: WriteContext,
  citizen: CitizenState,
  date: IsoDate,
  reason: number,
): Promise<void> {
  requireCodeListValue('cancellation-reasons', reason, w.businessDate, 'CancellationReasonTypeIdentifier');
  const open = citizen.enrollments.find((x) => x.endDate === null);
  if (!open) throw fault('NoEnrollmentToEnd');
  if (date < w.businessDate || date > latestCancellationDate(citizen, w.businessDate) || date < open.enrollmentDate) {
    throw fault('CancellationDateOutOfRange', `CancellationDate ${date}, business date ${w.businessDate}`);
  }
  await deregister(w, citizen, open, date, reason);
}
