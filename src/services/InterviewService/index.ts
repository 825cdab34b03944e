// InterviewService (Version 1): CreateInterview registers a held interview as PersonRegistrationService's
// CreatePersonInterview does (indkaldelse.md §4.1, §4.3: the same functionality, plus rule 6's participation
// status); GetInterviewInfo, the citizen's held interviews. An a-kasse sees the types of its visibility list and
// interviews 7 and 17 only from periods in contact group 1 or 8 (R-MTG-17).
// Access: A-kasse egne, JobCenter egne, Kommune egne (CreateInterview), and STAR alle borgere (GetInterviewInfo).
import { alle, egne } from '../../access/model.ts';
import { OrganisationType } from '../../domain/types.ts';
import { visibleToAkasse } from '../../rules/index.ts';
import { loadContactProcess } from '../../store/contactProcessRepository.ts';
import { registerHeldInterview } from '../../app/contactProcess/heldInterviews.ts';
import type { InterviewServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

export const operations: InterviewServiceOperations = {
  CreateInterview: {
    kind: 'write',
    access: {
      allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
    },
    async handle(req, call) {
      const i = req.Interview;
      const id = await registerHeldInterview(call.write, call.citizen!, call.actor, {
        id: i.InterviewIdentifier ?? null,
        interviewType: i.InterviewTypeIdentifier,
        contactType: i.InterviewContactTypeIdentifier ?? null,
        heldAt: i.InterviewHeldTime,
        bookingId: i.BookingIdentifier ?? null,
        withMoreAuthorities: i.InterviewWithMoreAuthorities ?? false,
        participationStatus: i.ParticipationStatusTypeIdentifier ?? null,
        noShow: i.CitizenNoShow ?? false,
      });
      return receipt(call.write, id);
    },
  },
  GetInterviewInfo: {
    kind: 'read',
    access: {
      allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
    },
    async handle(req, call) {
      const { heldInterviews } = await loadContactProcess(call.read.db, req.PersonCivilRegistrationIdentifier);
      const shown =
        call.actor.organisationType === OrganisationType.AKasse
          ? heldInterviews.filter(visibleToAkasse)
          : heldInterviews;
      return {
        InterviewInfoCollection: {
          InterviewInfo: shown.map((h) => ({
            InterviewIdentifier: h.id,
            InterviewTypeIdentifier: h.interviewType,
            InterviewHeldTime: h.heldAt,
            BookingIdentifier: h.bookingId ?? undefined,
            ContactGroupTypeIdentifier: h.contactGroupWhenHeld ?? undefined,
            RegisteringAuthority: {
              OrganisationTypeIdentifier: h.organisationType,
              OrganisationCode: h.organisationCode,
            },
          })),
        },
      };
    },
  },
};
