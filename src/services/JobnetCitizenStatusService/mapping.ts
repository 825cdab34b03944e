// JobnetCitizenStatusService v10's offers and meeting times from the offers registered in DFDG (a jobcentre
// without a planner of its own, D-132). A planner's answer needs no mapping: its types have the same children.
import type {
  JobnetBookingTimeslotType,
  JobnetInterviewDeadlineType,
  JobnetInterviewOptionType,
} from '../../contract/generated/types.ts';
import type { Deadline, OnlineOffer } from '../../domain/contactProcess.ts';
import { toInterviewOption } from '../BorgerBookingService/mapping.ts';

/** BorgerBookingService's InterviewOption without the digital meeting link, which Jobnet's type does not carry. */
export const toJobnetInterviewOption = (o: OnlineOffer): JobnetInterviewOptionType => {
  const { DigitaltMoedelink: _link, ...option } = toInterviewOption(o);
  return option;
};

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
