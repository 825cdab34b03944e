// R-OTH-08 — 004 §1.5 (release 2022-1): when a jobcentre registers a citizen who has no Jobnet profile, DFDG has
// Jobnet create one; username and password are still generated, but since username/password login is being phased
// out Jobnet answers 'Ukendt' for both, and the registration's response carries that. Before the release the
// generated credentials were answered (D-285).
import type { IsoDate } from '../../domain/types.ts';
import { UKENDT } from '../cv/r-cv-05-administrative-cpr-address.ts';
import { whileInForce, type RuleMeta } from '../engine.ts';
import { RELEASE_2022_1 } from './r-oth-06-fastholdelseskonsulent.ts';

export const jobnetCredentialsUnknown: RuleMeta = {
  id: 'R-OTH-08',
  title: "Jobnet profile credentials are returned as 'Ukendt'",
  source: '004 §1.5',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export interface JobnetCredentials {
  userName: string;
  password: string;
}

/** The credentials the registration answers for a profile created with `generated`. */
export function answeredCredentials(generated: JobnetCredentials, businessDate: IsoDate): JobnetCredentials {
  return whileInForce(jobnetCredentialsUnknown, businessDate, generated, () => ({
    userName: UKENDT,
    password: UKENDT,
  }));
}
