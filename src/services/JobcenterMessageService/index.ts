// Gl. JobcenterMessageService (Version 2, 2022-1): SaveAvailabilityAssessment, the a-kasse's availability
// assessment (conventions.md §8.1 [F], S26), stand-alone or as an answer to a NUPH (R-AK-14, R-AK-15). Access: the
// a-kasse for its own members (no "Tilladte organisationer" was found; the page describes the a-kasse's
// tilbagemelding, docs/contract-decisions.md D-9xx). IncidentDate and the date fields are xs:dateTime on the wire
// and calendar dates in the domain (D-18).
import { egne } from '../../access/model.ts';
import { saveAvailabilityAssessment } from '../../app/sanction/availabilityAssessments.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import type { JobcenterMessageServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

export const operations: JobcenterMessageServiceOperations = {
  SaveAvailabilityAssessment: {
    kind: 'write',
    access: { allowed: { AKasse: [egne] }, citizen: (r) => r.AvailabilityAssessment.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      const a = req.AvailabilityAssessment;
      const id = await saveAvailabilityAssessment(call.write, call.citizen!, {
        incidentDate: calendarDateOf(a.IncidentDate),
        assessmentType: a.AvailabilityAssessmentRegistrationTypeIdentifier,
        dateField1: calendarDateOf(a.DateField1),
        dateField2: calendarDateOf(a.DateField2),
        responseTo: a.ResponseToMessageIdentifier?.toLowerCase() ?? null,
        comments: a.Comments ?? null,
      });
      return receipt(call.write, id);
    },
  },
};
