// InterviewService (Version 1): GetInterviewInfo, the citizen's held interviews. An a-kasse sees the types of
// its visibility list and interviews 7 and 17 only from periods in contact group 1 or 8 (R-MTG-17).
// Access: A-kasse egne, JobCenter egne, Kommune egne, STAR alle borgere.
import type { InterviewServiceOperations } from '../../contract/generated/services.ts';
import { alle, egne } from '../../access/model.ts';
import { OrganisationType } from '../../domain/types.ts';
import { visibleToAkasse } from '../../rules/mtg/r-mtg-17-akasse-reads-7-17.ts';
import { loadContactProcess } from '../../store/contactProcessRepository.ts';

export const operations: InterviewServiceOperations = {
  GetInterviewInfo: {
    access: { allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] }, citizen: (r) => r.PersonCivilRegistrationIdentifier, writes: false },
    async handle(req, ctx) {
      const { heldInterviews } = await loadContactProcess(ctx.db, req.PersonCivilRegistrationIdentifier);
      const shown = ctx.actor.organisationType === OrganisationType.AKasse ? heldInterviews.filter(visibleToAkasse) : heldInterviews;
      return {
        InterviewInfoCollection: {
          InterviewInfo: shown.map((h) => ({
            InterviewIdentifier: h.id,
            InterviewTypeIdentifier: h.interviewType,
            InterviewHeldTime: h.heldAt,
            BookingIdentifier: h.bookingId ?? undefined,
            ContactGroupTypeIdentifier: h.contactGroupWhenHeld ?? undefined,
            RegisteringAuthority: { OrganisationTypeIdentifier: h.organisationType, OrganisationCode: h.organisationCode },
          })),
        },
      };
    },
  },
};
