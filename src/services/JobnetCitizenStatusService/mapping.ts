// JobnetCitizenStatusService v10's offers and meeting times from the offers registered in DFDG (a jobcentre
// without a planner of its own, D-132). A planner's answer needs no mapping: its types have the same children.
import type {
  JobnetBookingTimeslotType,
  JobnetInterviewDeadlineType,
  JobnetInterviewOptionType,
} from '../../contract/generated/types.ts';
import { toLocationDetail } from '../../contract/mapping/contactProcess.ts';
import type { Deadline, OnlineOffer } from '../../domain/contactProcess.ts';

export const toJobnetInterviewOption = (o: OnlineOffer): JobnetInterviewOptionType => ({
  InterviewOptionIdentifier: o.id,
  InterviewTypeIdentifier: o.interviewType,
  InterviewFormTypeIdentifier: o.meetingGroupType,
  InterviewContactTypeIdentifierCollection: { InterviewContactTypeIdentifier: o.contactTypes },
  InterviewLocationDetail: toLocationDetail(o.location),
  MoedeTitel: o.title,
  MoedeBeskrivelse: o.description ?? undefined,
  ReBookingPossible: o.rebookingPossible,
  CancellationPossible: o.cancellationPossible,
});

export const toTimeslots = (o: OnlineOffer): JobnetBookingTimeslotType[] =>
  o.slots.map((s) => ({
    StartTime: s.startTime,
    EndTime: s.endTime,
    InterviewContactTypeIdentifierCollection: { InterviewContactTypeIdentifier: o.contactTypes },
    RebookingPossible: o.rebookingPossible,
    CancellationPossible: o.cancellationPossible,
  }));

export const toJobnetDeadline = (d: Deadline): JobnetInterviewDeadlineType => ({
  InterviewDeadlineStatusTypeIdentifier: d.status,
  InterviewTypeIdentifier: d.interviewType,
  InterviewDeadlineDate: d.endDate,
  InterviewDateLimit: d.dateLimit,
});
