// Kontaktforloeb.FristService (Version 1): the jobcentre's self-booking deadlines (booking-frist.md §2).
// Access [I] (§2.6): JobCenter egne borgere, STAR alle borgere; a-kasser run self-booking in their own
// systems (R-MTG-05) and are refused with 4575. A deadline is for interview type 4, 7 or 17, at least 8 days
// (§8, S12), one at a time (R-MTG-08), never for 17 under the transition rules (R-MTG-07), and not while the
// a-kasse has the contact process (R-MTG-14). A booking that already satisfies it fulfils it at once (§2.4).
import type { KontaktforloebFristServiceOperations } from '../../contract/generated/services.ts';
import type { FristHistorikpostType, FristType } from '../../contract/generated/types.ts';
import { alle, egne, type AccessDeclaration } from '../../access/model.ts';
import { addDays } from '../../domain/dates.ts';
import { DeadlineStatus, InterviewType, type Deadline } from '../../domain/contactProcess.ts';
import { fault } from '../../faults/catalogue.ts';
import type { ValidationRule } from '../../rules/engine.ts';
import type { DeadlineCommand } from '../../rules/mtg/contact-command.ts';
import { type17Deadline } from '../../rules/mtg/r-mtg-07-type-17-deadline.ts';
import { oneDeadlineAtATime } from '../../rules/mtg/r-mtg-08-one-deadline.ts';
import { jobcentreOutsideGroup1 } from '../../rules/mtg/r-mtg-14-jobcentre-outside-group-1.ts';
import { findDeadline, history } from '../../store/contactProcessRepository.ts';
import type { CallContext } from '../../soap/operation.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import { contactContext, type ContactChangeContext } from '../contactProcess/context.ts';
import { closeDeadline, fulfils, saveDeadline } from '../contactProcess/deadlineChanges.ts';
import { toFristInfo } from '../contactProcess/mapping.ts';
import { enforceRules } from '../enforceRules.ts';
import { receipt } from '../receipt.ts';

const access = <Req>(citizen: (r: Req) => string, writes = true): AccessDeclaration<Req> => ({
  allowed: { Jobcenter: [egne], STAR: [alle] },
  citizen,
  writes,
});

const DEADLINE_TYPES: ReadonlySet<number> = new Set([4, InterviewType.Jobsamtale, InterviewType.FaellesJobsamtaleMedDagpengemodtager]);
const MIN_DAYS = 8;

export const deadlineRules: readonly ValidationRule<DeadlineCommand>[] = [jobcentreOutsideGroup1, type17Deadline, oneDeadlineAtATime];

function checkDeadline(c: ContactChangeContext, d: Deadline, before: Deadline | null): void {
  if (d.interviewType !== before?.interviewType) requireCodeListValue('interview-types', d.interviewType, c.businessDate, 'InterviewTypeIdentifier', 'InterviewTypeInvalid');
  if (!DEADLINE_TYPES.has(d.interviewType)) throw fault('InterviewTypeNotForDeadline', `InterviewTypeIdentifier ${d.interviewType}`);
  if (d.startDate < c.businessDate || d.dateLimit < d.endDate) throw fault('DeadlineDatesInvalid', `${d.startDate}–${d.endDate}, limit ${d.dateLimit}, today ${c.businessDate}`);
  if (d.endDate < addDays(d.startDate, MIN_DAYS - 1)) throw fault('DeadlineTooShort', `${d.startDate}–${d.endDate}`);
  if (c.actor.kind !== 'authority') return;
  enforceRules(deadlineRules, { citizen: c.citizen, process: c.process, actor: c.actor, date: d.startDate, deadline: d }, c.businessDate);
}

/** Active, or fulfilled at once by a booking that already satisfies it (§2.4 rule 3). */
function withFulfilment(c: ContactChangeContext, d: Deadline): Deadline {
  const booking = c.process.summonses.find((s) => fulfils(s, d));
  return booking ? { ...d, status: DeadlineStatus.Fulfilled, fulfilledBySummonsId: booking.id } : { ...d, status: DeadlineStatus.Active, fulfilledBySummonsId: null };
}

const fields = (f: FristType) => ({ interviewType: f.InterviewTypeIdentifier, startDate: f.InterviewDeadlineStartDate, endDate: f.InterviewDeadlineDate, dateLimit: f.InterviewDateLimit });

async function existingDeadline(ctx: CallContext, id: string, cpr: string): Promise<Deadline> {
  const d = await findDeadline(ctx.db, id.toLowerCase());
  if (!d || d.cpr !== cpr) throw fault('UnknownDeadline', `FristId ${id}`);
  return d;
}

async function activeDeadline(ctx: CallContext, id: string, cpr: string): Promise<Deadline> {
  const d = await existingDeadline(ctx, id, cpr);
  if (d.status !== DeadlineStatus.Active) throw fault('DeadlineNotActive', `FristId ${id} has status ${d.status}`);
  return d;
}

export const operations: KontaktforloebFristServiceOperations = {
  CreateFrist: {
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const id = req.Frist.FristId.toLowerCase();
      if (await findDeadline(ctx.db, id)) throw fault('IdentifierInUse', `FristId ${id}`);
      const draft: Deadline = {
        id,
        cpr: req.PersonCivilRegistrationIdentifier,
        ...fields(req.Frist),
        status: DeadlineStatus.Active,
        organisationType: ctx.actor.organisationType,
        organisationCode: ctx.actor.organisationCode,
        registeredBy: ctx.actor,
        registeredAt: ctx.now,
        fulfilledBySummonsId: null,
        closedAt: null,
        version: 1,
      };
      checkDeadline(c, draft, null);
      await saveDeadline(c, 1, withFulfilment(c, draft));
      return receipt(ctx, id);
    },
  },
  UpdateFrist: {
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const before = await activeDeadline(ctx, req.Frist.FristId, req.PersonCivilRegistrationIdentifier);
      const after: Deadline = { ...before, ...fields(req.Frist), version: before.version + 1 };
      checkDeadline(c, after, before);
      await saveDeadline(c, 2, withFulfilment(c, after));
      return receipt(ctx);
    },
  },
  CloseFrist: {
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      await closeDeadline(c, await activeDeadline(ctx, req.FristId, req.PersonCivilRegistrationIdentifier));
      return receipt(ctx);
    },
  },
  GetFrister: {
    access: access((r) => r.PersonCivilRegistrationIdentifier, false),
    async handle(_req, ctx) {
      const c = await contactContext(ctx);
      const immediate = c.process.immediateBooking;
      return {
        StraksbookingPaakraevet: immediate !== null,
        StraksbookingInterviewTypeIdentifier: immediate?.interviewType,
        Frister: { FristInfo: c.process.deadlines.map(toFristInfo) },
      };
    },
  },
  GetFristhistorik: {
    access: access((r) => r.PersonCivilRegistrationIdentifier, false),
    async handle(req, ctx) {
      const entries = await history<Deadline>(ctx.db, 'Frist', req.PersonCivilRegistrationIdentifier);
      const posts: FristHistorikpostType[] = entries.map((e) => ({ VersionIdentifier: e.version, Aendringstype: e.changeType, EventDate: e.changedAt, FristInfo: toFristInfo(e.snapshot) }));
      return { Historik: { Historikpost: posts } };
    },
  },
};
