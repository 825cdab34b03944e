// The a-kasse's availability assessment (rådighedsvurdering) through the legacy JobcenterMessageService v2
// SaveAvailabilityAssessment (conventions.md §8.1 [F]): stand-alone (fritflyver, no ResponseToMessageIdentifier)
// or as an answer to a NUPH or another event. The code is C-14 (R-AK-14), code 96's dates R-AK-15's. When the
// answered id is a NUPH DFDG holds, it must be about the same citizen and sent to the caller (5145); an id DFDG
// does not hold (a CV interview, an activation, an event from before the NUPH model, as the page allows) is kept as
// given. The assessment is stored (026_sanctions) and read by the application (`assessmentsOf`); it changes no
// NUPH (the 2023-4 answer is the NUPH service's) and notifies no one (docs/contract-decisions.md D-9xx).
import type { AvailabilityAssessment } from '../../domain/sanction.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { availabilityAssessmentRules } from '../../rules/index.ts';
import { findNuph } from '../../store/nuphRepository.ts';
import { availabilityAssessmentsOf, insertAvailabilityAssessment } from '../../store/sanctionRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

export interface AssessmentFields {
  incidentDate: IsoDate;
  assessmentType: number;
  dateField1: IsoDate;
  dateField2: IsoDate;
  responseTo: string | null;
  comments: string | null;
}

/** Stores the assessment; returns its id (the ServiceReceipt's MessageIdentifier). */
export async function saveAvailabilityAssessment(
  w: WriteContext,
  citizen: CitizenState,
  fields: AssessmentFields,
): Promise<string> {
  requireCodeListValue(
    'availability-assessment-types',
    fields.assessmentType,
    w.businessDate,
    'AvailabilityAssessmentRegistrationTypeIdentifier',
  );
  enforceRules(availabilityAssessmentRules, fields, w.businessDate);
  const akasse = w.actor.kind === 'authority' ? w.actor.organisationCode : '-1';
  const cpr = citizen.person.cpr;
  let answersKnownNuph = false;
  if (fields.responseTo !== null) {
    const nuph = await findNuph(w.trx, fields.responseTo);
    if (nuph) {
      if (nuph.cpr !== cpr || nuph.akasse !== akasse)
        throw fault('AssessmentAnswersOtherNuph', `NUPH ${nuph.id} is not to a-kasse ${akasse} about this citizen`);
      answersKnownNuph = true;
    }
  }
  const id = timeOrderedUuid();
  const assessment: AvailabilityAssessment = {
    ...fields,
    id,
    cpr,
    akasse,
    answersKnownNuph,
    registeredOn: w.businessDate,
  };
  await insertAvailabilityAssessment(w.trx, assessment);
  return id;
}

/** The citizen's availability assessments, by incident date (for the NUPH reads the lead wires, and tests). */
export async function assessmentsOf(r: ReadContext, cpr: string): Promise<AvailabilityAssessment[]> {
  return availabilityAssessmentsOf(r.db, cpr);
}
