// AbsenceRegistrationService (Version 7): create, update (incl. ending with an end reason), change
// active status, delete and read absences. Access as documented for CreateFravaer (visitation-absence.md
// §2.4): A-kasse egne, JobCenter egne, Kommune egne, STAR alle borgere.
import { randomUUID } from 'node:crypto';
import type { AbsenceRegistrationServiceOperations } from '../../contract/generated/services.ts';
import type { AbsenceType } from '../../contract/generated/types.ts';
import { alle, egne, type AccessDeclaration } from '../../access/model.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import { AbsenceTypes, type Absence, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { absence75ActiveOnRegistration } from '../../rules/index.ts';
import { findAbsence } from '../../store/citizenRepository.ts';
import type { CallContext } from '../../soap/operation.ts';
import { applyAbsenceChange, type AbsenceChangeContext } from '../absenceChanges.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import { receipt } from '../receipt.ts';
import { toAbsenceRegistration } from './mapping.ts';

const writeAccess = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
  allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
  citizen,
  writes: true,
});

function changeContext(ctx: CallContext): AbsenceChangeContext {
  return { db: ctx.db, state: ctx.citizen!, actor: ctx.actor, businessDate: ctx.businessDate, now: ctx.now, registeringUser: ctx.userMetadata };
}

/** The period and codelist values of a create or update, checked before any rule runs. A value an update
 *  leaves as it was is not checked again, so historical rows stay correctable (R-KF-11). */
function absenceFields(a: AbsenceType, businessDate: IsoDate, before: Absence | null = null) {
  if (a.AbsenceTypeIdentifier !== before?.absenceType) {
    requireCodeListValue('absence-types', a.AbsenceTypeIdentifier, businessDate, 'AbsenceTypeIdentifier');
  }
  if (a.AbsenceCauseTypeIdentifier !== undefined && a.AbsenceCauseTypeIdentifier !== before?.endReason) {
    requireCodeListValue('absence-end-reasons', a.AbsenceCauseTypeIdentifier, businessDate, 'AbsenceCauseTypeIdentifier');
  }
  const startDate = calendarDateOf(a.StartDate);
  const endDate = a.EndDate === undefined ? null : calendarDateOf(a.EndDate);
  if (endDate !== null && endDate < startDate) throw fault('DurationNegative', `EndDate ${endDate} is before StartDate ${startDate}`);
  return {
    absenceType: a.AbsenceTypeIdentifier,
    startDate,
    endDate,
    notificationDate: calendarDateOf(a.NotificationDate),
    comment: a.AbsenceComment ?? null,
    endReason: a.AbsenceCauseTypeIdentifier ?? null,
  };
}

/** The citizen's non-deleted absence with this id, or 4632. */
async function existingAbsence(ctx: CallContext, id: string, cpr: string): Promise<Absence> {
  const absence = await findAbsence(ctx.db, id.toLowerCase());
  if (!absence || absence.cpr !== cpr || absence.deletedOn !== null) throw fault('UnknownAbsence', `AbsenceIdentifier ${id}`);
  return absence;
}

function withActive(state: CitizenState, absence: Absence, businessDate: IsoDate): Absence {
  return absence.absenceType === AbsenceTypes.KontaktforloebHosAkassen
    ? { ...absence, active: absence75ActiveOnRegistration(state, absence, businessDate) }
    : absence;
}

export const operations: AbsenceRegistrationServiceOperations = {
  CreateAbsence: {
    access: writeAccess((r) => r.Absence.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const draft: Absence = {
        id: randomUUID(),
        cpr: req.Absence.PersonCivilRegistrationIdentifier,
        ...absenceFields(req.Absence, ctx.businessDate),
        active: true,
        createdByDfdg: false,
        registeredBy: ctx.actor,
        registeredOn: ctx.businessDate,
        deletedOn: null,
      };
      await applyAbsenceChange(changeContext(ctx), 'create', null, withActive(ctx.citizen!, draft, ctx.businessDate));
      return receipt(ctx, draft.id);
    },
  },
  UpdateAbsence: {
    access: writeAccess((r) => r.Absence.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const before = await existingAbsence(ctx, req.Absence.AbsenceIdentifier, req.Absence.PersonCivilRegistrationIdentifier);
      const after: Absence = { ...before, ...absenceFields(req.Absence, ctx.businessDate, before) };
      await applyAbsenceChange(changeContext(ctx), 'update', before, after);
      return receipt(ctx);
    },
  },
  UpdateAbsenceActiveStatus: {
    access: writeAccess((r) => r.AbsenceActiveStatus.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const s = req.AbsenceActiveStatus;
      const before = await existingAbsence(ctx, s.AbsenceIdentifier, s.PersonCivilRegistrationIdentifier);
      await applyAbsenceChange(changeContext(ctx), 'setActive', before, { ...before, active: s.Active });
      return receipt(ctx);
    },
  },
  DeleteAbsence: {
    access: writeAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const before = await existingAbsence(ctx, req.AbsenceIdentifier, req.PersonCivilRegistrationIdentifier);
      await applyAbsenceChange(changeContext(ctx), 'delete', before, null);
      return receipt(ctx);
    },
  },
  GetAbsence: {
    access: { ...writeAccess((r) => r.PersonCivilRegistrationIdentifier), writes: false },
    async handle(req, ctx) {
      const absences = req.AbsenceIdentifier
        ? [await existingAbsence(ctx, req.AbsenceIdentifier, req.PersonCivilRegistrationIdentifier)]
        : ctx.citizen!.absences;
      return { AbsenceCollection: { Absence: absences.map(toAbsenceRegistration) } };
    },
  },
};
