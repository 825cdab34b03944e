// R-OTH-09 — 004 §1.3 (release 2022-1, announced by STAR on 9 Feb 2022): the statistical part of the preparation
// form (the assessment of the risk of long-term unemployment of newly unemployed dagpenge recipients) is closed. A
// form submitted from the release has none; one submitted before keeps its part, readable until the form is
// deleted (R-DEL-10). For uddannelseshjælp recipients it was closed at the end of 2019; cash-benefit recipients
// never had one, so before the release only dagpenge recipients (contact group 1) got it (D-280).
import type { IsoDate } from '../../domain/types.ts';
import { whileInForce, type RuleMeta } from '../engine.ts';
import { RELEASE_2022_1 } from './r-oth-06-fastholdelseskonsulent.ts';

export const statisticalPartClosed: RuleMeta = {
  id: 'R-OTH-09',
  title: 'The statistical part of the preparation form is closed',
  source: '004 §1.3',
  validFrom: RELEASE_2022_1,
  validTo: null,
};

/** Whether a form of a citizen in `contactGroup` submitted on `submittedOn` gets a statistical part. */
export function getsStatisticalPart(contactGroup: number, submittedOn: IsoDate): boolean {
  return whileInForce(statisticalPartClosed, submittedOn, contactGroup === 1, () => false);
}
