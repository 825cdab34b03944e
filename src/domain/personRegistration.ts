// What PersonRegistrationService and Borgerindsats.AsylovergivelseService register beside the person category
// (src/domain/personCategory.ts): health limitations (helbredsmæssige begrænsninger) and the asylum handover
// data (asylovergivelsesdata, R-OTH-01). Person-group markings are the plan's (src/domain/plan.ts).
import type { IsoDate } from './types.ts';

export interface HealthLimitation {
  id: string;
  cpr: string;
  /** HealthLimitationTypeIdentifier: a codelist id; the codelist was not found (D-261). */
  limitationType: number | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  description: string | null;
  registeredBy: { organisationType: number; organisationCode: string };
  registeredAt: string;
}

/** One citizen's asylum handover data (one record per citizen; R-OTH-02 moves it with a new CPR number). */
export interface AsylumHandover {
  cpr: string;
  handoverDate: IsoDate;
  municipalityCode: string | null;
  residencePermitDate: IsoDate | null;
  registeredBy: { organisationType: number; organisationCode: string };
  registeredAt: string;
}
