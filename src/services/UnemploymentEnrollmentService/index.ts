// UnemploymentEnrollmentService (Version 8): registration as job seeker (tilmelding) in any
// category, incl. 'Uden ydelse' (R-KF-15), and cancellation (afmelding). Registering a dagpengemodtager
// lets DFDG decide the contact process from the dagpengetæller and, where the a-kasse is responsible,
// register absence 75 itself with GetAbsenceVersion7 to the a-kasse and the jobcentre (R-KF-02..05,
// R-NOT-01). Access (visitation-absence.md §4.3): A-kasse egne, JobCenter egne, Kommune egne, STAR alle.
import { randomUUID } from 'node:crypto';
import type { UnemploymentEnrollmentServiceOperations } from '../../contract/generated/services.ts';
import { alle, egne, type AccessDeclaration } from '../../access/model.ts';
import { addDays, calendarDateOf } from '../../domain/dates.ts';
import { AbsenceTypes, type Absence, type CitizenState, type Enrollment, type IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { absence75ActiveOnRegistration, automaticAbsence75, contactGroupForClientCategory } from '../../rules/index.ts';
import { insertEnrollment } from '../../store/citizenRepository.ts';
import { deregister } from '../deregistration.ts';
import { placeInContactGroup } from '../contactGroupChange.ts';
import type { CallContext } from '../../soap/operation.ts';
import { applyAbsenceChange } from '../absenceChanges.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import { receipt } from '../receipt.ts';

const access = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
  allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
  citizen,
  writes: true,
});

/** The cancellation date is the first day without enrollment, so a re-registration may start on it (R-KF-15). */
const openOn = (e: Enrollment, date: IsoDate) => e.endDate === null || e.endDate > date;

/** R-KF-02/03/04/05: DFDG's own absence 75 for a new dagpenge enrollment, when the a-kasse is responsible. */
async function registerAutomaticAbsence75(ctx: CallContext, before: CitizenState, enrollment: Enrollment): Promise<void> {
  const decision = automaticAbsence75(before, enrollment, ctx.businessDate);
  if (!decision) return;
  const actor = { kind: 'dfdg', process: 'tilmelding' } as const;
  const draft: Absence = {
    id: randomUUID(),
    cpr: before.person.cpr,
    absenceType: AbsenceTypes.KontaktforloebHosAkassen,
    startDate: decision.startDate,
    endDate: null,
    notificationDate: ctx.businessDate,
    comment: null,
    endReason: null,
    active: true,
    createdByDfdg: true,
    registeredBy: actor,
    registeredOn: ctx.businessDate,
    deletedOn: null,
  };
  const absence = { ...draft, active: absence75ActiveOnRegistration(before, draft, ctx.businessDate) };
  const state = { ...before, enrollments: [...before.enrollments, enrollment] };
  await applyAbsenceChange({ db: ctx.db, state, actor, businessDate: ctx.businessDate, now: ctx.now, registeringUser: null }, 'create', null, absence);
}

export const operations: UnemploymentEnrollmentServiceOperations = {
  UnemploymentEnrollment: {
    access: access((r) => r.UnemploymentEnrollment.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const e = req.UnemploymentEnrollment;
      requireCodeListValue('client-categories', e.ClientCategoryTypeIdentifier, ctx.businessDate, 'ClientCategoryTypeIdentifier');
      requireCodeListValue('unemployment-status', e.CurrentUnemploymentStatusTypeIdentifier, ctx.businessDate, 'CurrentUnemploymentStatusTypeIdentifier');
      const state = ctx.citizen!;
      const enrollmentDate = calendarDateOf(e.EnrollmentDate);
      if (state.enrollments.some((x) => openOn(x, enrollmentDate))) throw fault('EnrollmentAlreadyOpen', `an enrollment is open on ${enrollmentDate}`);
      const enrollment: Enrollment = {
        id: randomUUID(),
        cpr: state.person.cpr,
        clientCategory: e.ClientCategoryTypeIdentifier,
        enrollmentDate,
        endDate: null,
        endReason: null,
      };
      await insertEnrollment(ctx.db, enrollment);
      const contactGroup = contactGroupForClientCategory(enrollment.clientCategory);
      if (contactGroup !== null) await placeInContactGroup(ctx, contactGroup, enrollmentDate);
      await registerAutomaticAbsence75(ctx, state, enrollment);
      return receipt(ctx, enrollment.id);
    },
  },
  CancelUnemploymentEnrollment: {
    access: access((r) => r.CancelUnemploymentEnrollment.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = req.CancelUnemploymentEnrollment;
      requireCodeListValue('cancellation-reasons', c.CancellationReasonTypeIdentifier, ctx.businessDate, 'CancellationReasonTypeIdentifier');
      const date = calendarDateOf(c.CancellationDate);
      const state = ctx.citizen!;
      const open = state.enrollments.find((x) => x.endDate === null);
      if (!open) throw fault('NoEnrollmentToEnd');
      if (date < ctx.businessDate || date > addDays(ctx.businessDate, 30) || date < open.enrollmentDate) {
        throw fault('CancellationDateOutOfRange', `CancellationDate ${date}, business date ${ctx.businessDate}`);
      }
      const context = { db: ctx.db, actor: ctx.actor, user: ctx.userMetadata, businessDate: ctx.businessDate, now: ctx.now };
      await deregister(context, state, open, date, c.CancellationReasonTypeIdentifier);
      return receipt(ctx);
    },
  },
};
