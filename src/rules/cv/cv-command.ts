// What the CV rules (R-CV-03…06) look at: a CV status being registered (CVWorkFlowService.UpdateCVStatus) and a CV
// being read (CVService.GetCV).
import type { CitizenState, IsoDate } from '../../domain/types.ts';

export interface CvStatusCommand {
  citizen: CitizenState;
  /** The reporting authority's organisation type and code (ActiveOrganisationHeader). */
  organisationType: number;
  organisationCode: string;
  status: number;
  /** The day the status holds from: CvStatusDate, which may lie in the past (release 2021-4), or the business date. */
  statusDate: IsoDate;
  /** Whether the citizen has an open rehabilitation process (rehabiliteringsforløb) on the business date. */
  inRehabilitation: boolean;
}

export interface CvRead {
  source: 'Jobnet' | 'LetAsyl' | null;
  /** The CV's address; null for a citizen without one (an administrative CPR number). */
  address: string | null;
  /** The job code (Stillingskode) of each work experience, null where it is missing. */
  jobCodes: readonly (string | null)[];
}
