// Kontaktforloeb.FristService (Version 1): the jobcentre's self-booking deadlines (booking-frist.md §2).
// Access [I] (§2.6): JobCenter egne borgere, STAR alle borgere; a-kasser run self-booking in their own
// systems (R-MTG-05) and are refused with 4575. A deadline is for interview type 4, 7 or 17, at least 8 days
// (§8, S12), one at a time (R-MTG-08), never for 17 under the transition rules (R-MTG-07), and not while the
// a-kasse has the contact process (R-MTG-14). A booking that already satisfies it fulfils it at once (§2.4).
import { alle, egne, type AccessDeclaration } from '../../access/model.ts';
import {
  changeDeadline,
  closeActiveDeadline,
  deadlineHistory,
  deadlinesOf,
  giveDeadline,
  type DeadlineFields,
} from '../../app/contactProcess/deadlines.ts';
import type { FristType } from '../../contract/generated/types.ts';
import { toInterviewDeadline } from '../../contract/mapping/contactProcess.ts';
import type { KontaktforloebFristServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const access = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
  allowed: { Jobcenter: [egne], STAR: [alle] },
  citizen,
});

const fields = (f: FristType): DeadlineFields => ({
  interviewType: f.InterviewTypeIdentifier,
  startDate: f.InterviewDeadlineStartDate,
  endDate: f.InterviewDeadlineDate,
  dateLimit: f.InterviewDateLimit,
});

export const operations: KontaktforloebFristServiceOperations = {
  CreateFrist: {
    kind: 'write',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      return receipt(
        call.write,
        await giveDeadline(
          call.write,
          call.citizen!,
          call.actor,
          req.InterviewDeadline.FristId,
          fields(req.InterviewDeadline),
        ),
      );
    },
  },
  UpdateFrist: {
    kind: 'write',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      await changeDeadline(
        call.write,
        call.citizen!,
        call.actor,
        req.InterviewDeadline.FristId,
        fields(req.InterviewDeadline),
      );
      return receipt(call.write);
    },
  },
  CloseFrist: {
    kind: 'write',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      await closeActiveDeadline(call.write, call.citizen!, req.FristId);
      return receipt(call.write);
    },
  },
  GetFrister: {
    kind: 'read',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(_req, call) {
      const { deadlines, immediateBooking, selfBookingPossible } = await deadlinesOf(call.read, call.citizen!);
      return {
        SelfBookingPossible: selfBookingPossible,
        InterviewDeadlineCollection: { InterviewDeadline: deadlines.map(toInterviewDeadline) },
        ImmediateBookingRequired: immediateBooking !== null,
        ImmediateBookingInterviewTypeIdentifier: immediateBooking?.interviewType,
      };
    },
  },
  GetFristhistorik: {
    kind: 'read',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(_req, call) {
      const entries = await deadlineHistory(call.read.db, call.citizen!);
      return {
        Historik: {
          Historikpost: entries.map((e) => ({
            VersionIdentifier: e.version,
            Aendringstype: e.changeType,
            EventDate: e.changedAt,
            InterviewDeadline: toInterviewDeadline(e.snapshot),
          })),
        },
      };
    },
  },
};
