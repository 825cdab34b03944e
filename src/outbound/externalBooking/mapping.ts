// DFDG's inquiry about a citizen as ExternalBookingService v3's GetSelfbookInterviewOptionsRequest (booking-frist.md
// §4.1): the documented elements in order, with the deprecated HasExternalOperatorReferral (always false: the facade
// registers no external operators) and AbsenceCollection, which planners built against v3 still read.
import type { PlannerGetSelfbookInterviewOptionsRequestType } from '../../contract/generated/types.ts';
import type { SelfBookingInquiry } from '../../domain/contactProcess.ts';

export function interviewOptionsRequest(i: SelfBookingInquiry): PlannerGetSelfbookInterviewOptionsRequestType {
  return {
    PersonCivilRegistrationIdentifier: i.cpr,
    JobCenterCode: i.jobcentreCode,
    ContactGroupTypeIdentifier: i.contactGroup,
    HasExternalOperatorReferral: false,
    AbsenceCollection: {
      Absence: i.absences.map((a) => ({
        AbsenceIdentifier: a.id,
        AbsenceTypeIdentifier: a.absenceType,
        AbsenceStartDate: a.startDate,
        AbsenceEndDate: a.endDate ?? undefined,
      })),
    },
  };
}
