// Kontaktforloeb.IndkaldelseService (Version 1): summonses (create, update, cancel, read, history, search),
// the a-kasse participation choice for a fælles jobsamtale (R-MTG-04) and authority participants. Access as
// documented for CreateMyndighedsdeltager (indkaldelse.md §3.5): A-kasse egne, JobCenter egne, Kommune
// egne, STAR alle borgere; GetSoegning searches only the caller's own summonses. An a-kasse reads only the
// interview types of its visibility list (§4.2, the best proxy for "A-kasse filtrering").
import { alle, egne, selfService, type AccessDeclaration } from '../../access/model.ts';
import {
  addAuthorityParticipant,
  changeAuthorityParticipant,
  removeAuthorityParticipant,
  type ParticipantDetails,
} from '../../app/contactProcess/authorityParticipants.ts';
import { choiceHistory, choicesInForce, registerParticipationChoice } from '../../app/contactProcess/participation.ts';
import {
  cancelOwnSummons,
  changeSummons,
  createSummons,
  type SummonsFields,
} from '../../app/contactProcess/summonses.ts';
import { summonsesInPeriod, summonsesOf, summonsHistory, summonsOf } from '../../app/contactProcess/summonsQueries.ts';
import type { IndkaldelseType, MyndighedsdeltagerType } from '../../contract/generated/types.ts';
import {
  locationOf,
  registeringAuthority,
  toDeltagelsesvalg,
  toIndkaldelseInfo,
} from '../../contract/mapping/contactProcess.ts';
import { summonsAbsenceReads } from '../../rules/index.ts';
import type { KontaktforloebIndkaldelseServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const access = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
  allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
  citizen,
});
/** CreateIndkaldelse is also the citizen's own when SelfBooked is true: an a-kasse's self-booking system registers
 *  the booking as the citizen (user type 1, the CPR as user identifier; indkaldelse.md §3, conventions.md §1.3). */
const selfBookableAccess = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
  ...access(citizen),
  selfService: selfService('SelfBookedUserMismatch'),
});

/** The summons a create or update describes. */
function summonsFields(i: IndkaldelseType): SummonsFields {
  return {
    interviewType: i.InterviewTypeIdentifier,
    meetingGroupType: i.InterviewFormTypeIdentifier,
    contactType: i.InterviewContactTypeIdentifier,
    digitalMeetingLink: i.DigitaltMoedelink ?? null,
    groupMeetingId: i.GruppemoedeId?.toLowerCase() ?? null,
    startTime: i.BookingStartTime,
    endTime: i.BookingEndTime ?? null,
    durationMinutes: i.Varighed ?? null,
    title: i.InterviewTitle ?? null,
    description: i.InterviewDescription ?? null,
    location: locationOf(i.InterviewLocationDetail),
    rebookingPossible: i.ReBookingPossible,
    rebookingDeadline: i.ReBookingDeadline ?? null,
    cancellationPossible: i.CancellationPossible,
    cancellationDeadline: i.CancellationDeadline ?? null,
    selfBooked: i.SelfBooked ?? false,
    compulsoryAttendance: i.CompulsoryAttendance,
  };
}

const participantIds = (m: MyndighedsdeltagerType) => ({
  participantId: m.MyndighedsdeltagerId,
  summonsId: m.BookingIdentifier,
});
const participantDetails = (m: MyndighedsdeltagerType): ParticipantDetails => ({
  name: m.Navn ?? null,
  contactDetails: m.Kontaktdetaljer ?? null,
  phone: m.Telefonnummer ?? null,
  email: m.Email ?? null,
});

export const operations: KontaktforloebIndkaldelseServiceOperations = {
  CreateIndkaldelse: {
    kind: 'write',
    absenceTypes: summonsAbsenceReads,
    access: selfBookableAccess((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const id = await createSummons(
        call.write,
        call.citizen!,
        call.actor,
        req.Indkaldelse.BookingIdentifier,
        summonsFields(req.Indkaldelse),
      );
      return receipt(call.write, id);
    },
  },
  UpdateIndkaldelse: {
    kind: 'write',
    absenceTypes: summonsAbsenceReads,
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      await changeSummons(
        call.write,
        call.citizen!,
        call.actor,
        req.Indkaldelse.BookingIdentifier,
        summonsFields(req.Indkaldelse),
      );
      return receipt(call.write);
    },
  },
  DeleteIndkaldelse: {
    kind: 'write',
    absenceTypes: summonsAbsenceReads,
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      await cancelOwnSummons(call.write, call.citizen!, call.actor, req.BookingIdentifier);
      return receipt(call.write);
    },
  },
  GetIndkaldelse: {
    kind: 'read',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const v = await summonsOf(call.read.db, call.citizen!, call.actor, req.BookingIdentifier);
      return { IndkaldelseInfo: toIndkaldelseInfo(v.summons, v.participants, v.choice) };
    },
  },
  GetIndkaldelser: {
    kind: 'read',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const views = await summonsesOf(call.read.db, call.citizen!, call.actor, req.IncludeCancelled ?? false);
      return {
        IndkaldelseInfoCollection: {
          IndkaldelseInfo: views.map((v) => toIndkaldelseInfo(v.summons, v.participants, v.choice)),
        },
      };
    },
  },
  GetIndkaldelseshistorik: {
    kind: 'read',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const entries = await summonsHistory(call.read.db, call.citizen!, call.actor, req.BookingIdentifier ?? null);
      // A version is answered without its participants and choice: the history keeps the summons only.
      const posts = entries.map((e) => ({
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
    kind: 'write',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const id = await registerParticipationChoice(
        call.write,
        call.citizen!,
        call.actor,
        req.BookingIdentifier,
        req.ParticipationStatusTypeIdentifier,
      );
      return receipt(call.write, id);
    },
  },
  GetDeltagelsesvalg: {
    kind: 'read',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const choices = await choicesInForce(call.read.db, call.citizen!, req.BookingIdentifier ?? null);
      return { DeltagelsesvalgCollection: { Deltagelsesvalg: choices.map(toDeltagelsesvalg) } };
    },
  },
  GetDeltagelsesvalgshistorik: {
    kind: 'read',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const choices = await choiceHistory(call.read.db, call.citizen!, req.BookingIdentifier ?? null);
      return { DeltagelsesvalgCollection: { Deltagelsesvalg: choices.map(toDeltagelsesvalg) } };
    },
  },
  CreateMyndighedsdeltager: {
    kind: 'write',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const m = req.Myndighedsdeltager;
      const id = await addAuthorityParticipant(
        call.write,
        call.citizen!,
        call.actor,
        participantIds(m),
        participantDetails(m),
      );
      return receipt(call.write, id);
    },
  },
  UpdateMyndighedsdeltager: {
    kind: 'write',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const m = req.Myndighedsdeltager;
      await changeAuthorityParticipant(call.write, call.citizen!, call.actor, participantIds(m), participantDetails(m));
      return receipt(call.write);
    },
  },
  DeleteMyndighedsdeltager: {
    kind: 'write',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      await removeAuthorityParticipant(call.write, call.citizen!, call.actor, req.MyndighedsdeltagerId);
      return receipt(call.write);
    },
  },
  GetSoegning: {
    kind: 'read',
    access: { allowed: { AKasse: [alle], Jobcenter: [alle], Kommune: [alle], STAR: [alle] }, citizen: null },
    async handle(req, call) {
      const found = await summonsesInPeriod(call.read.db, call.actor, {
        from: req.PeriodStartTime,
        to: req.PeriodEndTime,
        interviewType: req.InterviewTypeIdentifier,
      });
      return {
        SoegningResultat: found.map((s) => ({
          PersonCivilRegistrationIdentifier: s.cpr,
          IndkaldelseInfo: toIndkaldelseInfo(s, [], null),
        })),
      };
    },
  },
};
