// What a registration (UnemploymentEnrollment) does besides enrolling: the job titles and aliases it gives appear
// only once (R-OTH-04, checked before anything is written), and when a jobcentre registers a citizen who has no
// Jobnet profile, the profile is created and its credentials answered — 'Ukendt' and 'Ukendt' from release 2022-1
// (R-OTH-08, D-285).
import { randomBytes } from 'node:crypto';
import { OrganisationType, type CitizenState } from '../../domain/types.ts';
import {
  answeredCredentials,
  professionRules,
  type JobnetCredentials,
  type RegisteredProfession,
} from '../../rules/index.ts';
import { createJobnetProfile, hasJobnetProfile } from '../../store/cvRepository.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

export function checkProfessions(w: WriteContext, professions: readonly RegisteredProfession[]): void {
  enforceRules(professionRules, { professions }, w.businessDate);
}

/** For a jobcentre's registration of a citizen without a Jobnet profile: creates it; returns its credentials. */
export async function jobnetProfileAtRegistration(
  w: WriteContext,
  citizen: CitizenState,
): Promise<JobnetCredentials | null> {
  if (w.actor.kind !== 'authority' || w.actor.organisationType !== OrganisationType.Jobcenter) return null;
  if (await hasJobnetProfile(w.trx, citizen.person.cpr)) return null;
  await createJobnetProfile(w.trx, citizen.person.cpr, w.now);
  const generated = { userName: `jn${randomBytes(5).toString('hex')}`, password: randomBytes(9).toString('base64url') };
  return answeredCredentials(generated, w.businessDate);
}
