// Kontaktforloeb.IndkaldelseService (Version 1): summonses (create, update, cancel, read, history, search),
// the a-kasse participation choice for a fælles jobsamtale (R-MTG-04) and authority participants. Access as
// documented for CreateMyndighedsdeltager (indkaldelse.md §3.5): A-kasse egne, JobCenter egne, Kommune
// egne, STAR alle borgere; GetSoegning searches only the caller's own summonses. An a-kasse reads only the
// interview types of its visibility list (§4.2, the best proxy for "A-kasse filtrering").
import { randomUUID } from 'node:crypto';
import type { KontaktforloebIndkaldelseServiceOperations } from '../../contract/generated/services.ts';
import type { DeltagelsesvalgType, IndkaldelseHistorikpostType } from '../../contract/generated/types.ts';
import { alle, egne, type AccessDeclaration } from '../../access/model.ts';
import { OrganisationType } from '../../domain/types.ts';
import type { AuthorityParticipant, ParticipationChoice, Summons } from '../../domain/contactProcess.ts';
import { fault } from '../../faults/catalogue.ts';
import { participationChoice } from '../../rules/mtg/r-mtg-04-participation-choice.ts';
import { AKASSE_VISIBLE_INTERVIEW_TYPES } from '../../rules/mtg/r-mtg-17-akasse-reads-7-17.ts';
import {
  findAuthorityParticipant,
  findSummons,
  history,
  insertAuthorityParticipant,
  insertParticipationChoice,
  summonsesOfOrganisation,
  updateAuthorityParticipant,
} from '../../store/contactProcessRepository.ts';
import type { CallContext } from '../../soap/operation.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import { contactContext } from '../contactProcess/context.ts';
import { fulfilDeadlinesWith } from '../contactProcess/deadlineChanges.ts';
import { registeringAuthority, summonsFrom, toIndkaldelseInfo } from '../contactProcess/mapping.ts';
import { cancelSummons, saveSummons, summonsEvent, summonsInfo } from '../contactProcess/summonsChanges.ts';
import { checkSummons } from '../contactProcess/summonsValidation.ts';
import { enforceRules } from '../enforceRules.ts';
import { receipt } from '../receipt.ts';

const access = <Req>(citizen: (r: Req) => string, writes = true): AccessDeclaration<Req> => ({
  allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
  citizen,
  writes,
});

const visibleTo = (ctx: CallContext, s: Summons) => ctx.actor.organisationType !== OrganisationType.AKasse || AKASSE_VISIBLE_INTERVIEW_TYPES.has(s.interviewType);

/** The citizen's summons with this id, or 4768 (also for another citizen's id, and for types the caller may not see). */
async function existingSummons(ctx: CallContext, id: string, cpr: string): Promise<Summons> {
  const s = await findSummons(ctx.db, id.toLowerCase());
  if (!s || s.cpr !== cpr || !visibleTo(ctx, s)) throw fault('UnknownBookingIdentifier', `BookingIdentifier ${id}`);
  return s;
}

/** A summons that is still active and the caller's own to change (its BookingOriginator). */
async function ownActiveSummons(ctx: CallContext, id: string, cpr: string): Promise<Summons> {
  const s = await existingSummons(ctx, id, cpr);
  if (s.cancelledAt !== null) throw fault('SummonsCancelled', `BookingIdentifier ${id} was cancelled at ${s.cancelledAt}`);
  if (s.organisationType !== ctx.actor.organisationType || s.organisationCode !== ctx.actor.organisationCode) {
    throw fault('NotAuthorized', `the indkaldelse belongs to organisation ${s.organisationType}/${s.organisationCode}`);
  }
  return s;
}

function toDeltagelsesvalg(c: ParticipationChoice): DeltagelsesvalgType {
  return {
    DeltagelsesvalgId: c.id,
    BookingIdentifier: c.summonsId,
    ParticipationStatusTypeIdentifier: c.choice,
    RegisteringAuthority: registeringAuthority(c.registeredBy)!,
    EventDate: c.registeredAt,
    Nulstillet: c.resetAt ?? undefined,
  };
}

async function participantOf(ctx: CallContext, id: string, cpr: string): Promise<AuthorityParticipant> {
  const p = await findAuthorityParticipant(ctx.db, id.toLowerCase());
  if (!p || p.cpr !== cpr || p.deletedAt !== null) throw fault('UnknownAuthorityParticipant', `MyndighedsdeltagerId ${id}`);
  return p;
}

export const operations: KontaktforloebIndkaldelseServiceOperations = {
  CreateIndkaldelse: {
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const id = req.Indkaldelse.BookingIdentifier.toLowerCase();
      if (await findSummons(ctx.db, id)) throw fault('IdentifierInUse', `BookingIdentifier ${id}`);
      const s = summonsFrom(req.Indkaldelse, {
        id,
        cpr: req.PersonCivilRegistrationIdentifier,
        organisationType: ctx.actor.organisationType,
        organisationCode: ctx.actor.organisationCode,
        registeredBy: ctx.actor,
        registeredAt: ctx.now,
        version: 1,
        offerId: null,
        slotId: null,
      });
      checkSummons(c, s, null);
      await saveSummons(c, 1, s);
      await fulfilDeadlinesWith(c, s);
      return receipt(ctx, s.id);
    },
  },
  UpdateIndkaldelse: {
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const before = await ownActiveSummons(ctx, req.Indkaldelse.BookingIdentifier, req.PersonCivilRegistrationIdentifier);
      const after = summonsFrom(req.Indkaldelse, { ...before, version: before.version + 1 });
      checkSummons(c, after, before);
      await saveSummons(c, 2, after);
      return receipt(ctx);
    },
  },
  DeleteIndkaldelse: {
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const before = await ownActiveSummons(ctx, req.BookingIdentifier, req.PersonCivilRegistrationIdentifier);
      await cancelSummons(c, before, 'cancelled');
      return receipt(ctx);
    },
  },
  GetIndkaldelse: {
    access: access((r) => r.PersonCivilRegistrationIdentifier, false),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      return { IndkaldelseInfo: await summonsInfo(c, await existingSummons(ctx, req.BookingIdentifier, req.PersonCivilRegistrationIdentifier)) };
    },
  },
  GetIndkaldelser: {
    access: access((r) => r.PersonCivilRegistrationIdentifier, false),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const shown = c.process.summonses.filter((s) => visibleTo(ctx, s) && (req.IncludeCancelled || s.cancelledAt === null));
      const infos = [];
      for (const s of shown) infos.push(await summonsInfo(c, s));
      return { IndkaldelseInfoCollection: { IndkaldelseInfo: infos } };
    },
  },
  GetIndkaldelseshistorik: {
    access: access((r) => r.PersonCivilRegistrationIdentifier, false),
    async handle(req, ctx) {
      const cpr = req.PersonCivilRegistrationIdentifier;
      if (req.BookingIdentifier !== undefined) await existingSummons(ctx, req.BookingIdentifier, cpr);
      const entries = await history<Summons>(ctx.db, 'Indkaldelse', cpr, req.BookingIdentifier?.toLowerCase());
      const posts: IndkaldelseHistorikpostType[] = entries
        .filter((e) => visibleTo(ctx, e.snapshot))
        .map((e) => ({
          VersionIdentifier: e.version,
          Aendringstype: e.changeType,
          EventDate: e.changedAt,
          RegisteringAuthority: registeringAuthority(e.changedBy),
          IndkaldelseInfo: toIndkaldelseInfo(e.snapshot, [], null),
        }));
      return { Historik: { Historikpost: posts } };
    },
  },
  SaveDeltagelsesvalg: {
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const s = await existingSummons(ctx, req.BookingIdentifier, req.PersonCivilRegistrationIdentifier);
      if (s.cancelledAt !== null) throw fault('SummonsCancelled');
      enforceRules([participationChoice], { citizen: c.citizen, process: c.process, actor: ctx.actor, date: ctx.businessDate, summons: s }, ctx.businessDate);
      requireCodeListValue('participation-choices', req.ParticipationStatusTypeIdentifier, ctx.businessDate, 'ParticipationStatusTypeIdentifier');
      const choice: ParticipationChoice = {
        id: randomUUID(),
        cpr: s.cpr,
        summonsId: s.id,
        choice: req.ParticipationStatusTypeIdentifier,
        registeredBy: ctx.actor,
        registeredAt: ctx.now,
        resetAt: null,
      };
      await insertParticipationChoice(ctx.db, choice);
      c.process.participationChoices.push(choice);
      await summonsEvent(c, s, 'Deltagelsesvalg');
      return receipt(ctx, choice.id);
    },
  },
  GetDeltagelsesvalg: {
    access: access((r) => r.PersonCivilRegistrationIdentifier, false),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const id = req.BookingIdentifier?.toLowerCase();
      const current = c.process.participationChoices.filter((x) => x.resetAt === null && (id === undefined || x.summonsId === id));
      // Only the latest choice per summons is in force.
      const latest = [...new Map(current.map((x) => [x.summonsId, x])).values()];
      return { DeltagelsesvalgCollection: { Deltagelsesvalg: latest.map(toDeltagelsesvalg) } };
    },
  },
  GetDeltagelsesvalgshistorik: {
    access: access((r) => r.PersonCivilRegistrationIdentifier, false),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const id = req.BookingIdentifier?.toLowerCase();
      const all = c.process.participationChoices.filter((x) => id === undefined || x.summonsId === id);
      return { DeltagelsesvalgCollection: { Deltagelsesvalg: all.map(toDeltagelsesvalg) } };
    },
  },
  CreateMyndighedsdeltager: {
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const m = req.Myndighedsdeltager;
      const s = await existingSummons(ctx, m.BookingIdentifier, req.PersonCivilRegistrationIdentifier);
      if (s.cancelledAt !== null) throw fault('SummonsCancelled');
      const id = m.MyndighedsdeltagerId.toLowerCase();
      if (await findAuthorityParticipant(ctx.db, id)) throw fault('IdentifierInUse', `MyndighedsdeltagerId ${id}`);
      await insertAuthorityParticipant(ctx.db, s.cpr, {
        id,
        summonsId: s.id,
        name: m.Navn ?? null,
        contactDetails: m.Kontaktdetaljer ?? null,
        phone: m.Telefonnummer ?? null,
        email: m.Email ?? null,
        organisationType: ctx.actor.organisationType,
        organisationCode: ctx.actor.organisationCode,
        deletedAt: null,
      });
      await summonsEvent(c, s, 'Myndighedsdeltager');
      return receipt(ctx, id);
    },
  },
  UpdateMyndighedsdeltager: {
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const m = req.Myndighedsdeltager;
      const before = await participantOf(ctx, m.MyndighedsdeltagerId, req.PersonCivilRegistrationIdentifier);
      if (before.summonsId !== m.BookingIdentifier.toLowerCase()) throw fault('UnknownBookingIdentifier', 'a participant cannot move to another indkaldelse');
      await updateAuthorityParticipant(ctx.db, {
        ...before,
        name: m.Navn ?? null,
        contactDetails: m.Kontaktdetaljer ?? null,
        phone: m.Telefonnummer ?? null,
        email: m.Email ?? null,
      });
      await summonsEvent(c, await existingSummons(ctx, before.summonsId, req.PersonCivilRegistrationIdentifier), 'Myndighedsdeltager');
      return receipt(ctx);
    },
  },
  DeleteMyndighedsdeltager: {
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, ctx) {
      const c = await contactContext(ctx);
      const before = await participantOf(ctx, req.MyndighedsdeltagerId, req.PersonCivilRegistrationIdentifier);
      await updateAuthorityParticipant(ctx.db, { ...before, deletedAt: ctx.now });
      await summonsEvent(c, await existingSummons(ctx, before.summonsId, req.PersonCivilRegistrationIdentifier), 'Myndighedsdeltager');
      return receipt(ctx);
    },
  },
  GetSoegning: {
    access: { allowed: { AKasse: [alle], Jobcenter: [alle], Kommune: [alle], STAR: [alle] }, citizen: null, writes: false },
    async handle(req, ctx) {
      const period = { from: req.PeriodStartTime, to: req.PeriodEndTime, interviewType: req.InterviewTypeIdentifier };
      const found = await summonsesOfOrganisation(ctx.db, ctx.actor, period, 500);
      return { SoegningResultat: found.map((s) => ({ PersonCivilRegistrationIdentifier: s.cpr, IndkaldelseInfo: toIndkaldelseInfo(s, [], null) })) };
    },
  },
};


