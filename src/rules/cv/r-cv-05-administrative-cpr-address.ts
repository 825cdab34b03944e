// R-CV-05 — 004 §4.2 (bug fix in release 2022-1): the CV of a citizen with an administrative CPR number, who has no
// address in the CPR register, is readable, with the address shown as 'Ukendt'. Before the release the read failed
// (5323, the facade's code: the sources give none). Two units, one rule: the failure before the release, and the
// address the read shows from it (`cvAddress`).
import type { IsoDate } from '../../domain/types.ts';
import { violation, whileInForce, type RuleMeta, type ValidationRule } from '../engine.ts';
import { RELEASE_2022_1 } from '../oth/r-oth-06-fastholdelseskonsulent.ts';
import type { CvRead } from './cv-command.ts';

/** The value DFDG shows for an address it does not know (release-rules.md §4.1). */
export const UKENDT = 'Ukendt';

export const administrativeCprAddress: RuleMeta = {
  id: 'R-CV-05',
  title: "The CV of a citizen with an administrative CPR number is readable, with address 'Ukendt'",
  source: '004 §4.2',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

export const cvWithoutAddressFailedBefore2022_1: ValidationRule<CvRead> = {
  id: 'R-CV-05',
  title: 'Before release 2022-1 reading the CV of a citizen without an address failed',
  source: '004 §4.2',
  validFrom: null,
  validTo: RELEASE_2022_1,
  evaluate(cv) {
    return cv.address === null ? violation(this, 'CvWithoutAddressFailed', 'the citizen has no address') : null;
  },
};

/** The address a CV read shows: the CV's own, else 'Ukendt' (from release 2022-1; before it the read failed). */
export function cvAddress(address: string | null, businessDate: IsoDate): string | null {
  return address ?? whileInForce(administrativeCprAddress, businessDate, null, () => UKENDT);
}
