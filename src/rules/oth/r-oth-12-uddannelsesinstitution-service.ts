// R-OTH-12 — 004 §3.4, new in release 2022-1: jobcentre case systems read educational institutions' master data
// (from STIL's institution register) through EksterneData.UddannelsesinstitutionService. Before the release the
// service did not exist: a call is refused (5292).
import type { RuleMeta } from '../engine.ts';
import { RELEASE_2022_1 } from './r-oth-06-fastholdelseskonsulent.ts';

export const uddannelsesinstitutionService: RuleMeta = {
  id: 'R-OTH-12',
  title: 'EksterneData.UddannelsesinstitutionService reads educational institutions (from 2022-1)',
  source: '004 §3.4',
  validFrom: RELEASE_2022_1,
  validTo: null,
};
