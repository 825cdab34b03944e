// R-OTH-11 — 004 §3.4, release 2022-1: DFDG sets the CVR number and P-number on each contact at an educational
// institution that UDB reports, from the institution number through STIL's institution register. Contacts
// received before the release are not corrected.
import type { Institution } from '../../domain/udb.ts';
import type { RuleMeta } from '../engine.ts';
import { RELEASE_2022_1 } from './r-oth-06-fastholdelseskonsulent.ts';

export const institutionContactCvr: RuleMeta = {
  id: 'R-OTH-11',
  title: 'UDB institution contacts get CVR and P-numbers from the institution register',
  source: '004 §3.4',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

/** The CVR and P-number a contact at `institution` gets (none when the register does not know it). */
export function institutionIdentifiers(institution: Institution | null): {
  cvr: string | null;
  pNumber: string | null;
} {
  return { cvr: institution?.cvr ?? null, pNumber: institution?.pNumber ?? null };
}
