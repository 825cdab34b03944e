// R-AK-11 — 000 §7.1, §1.3 (release 2023-4): when the a-kasse's sanction means the citizen cannot receive
// dagpenge, the a-kasse deregisters the citizen and registers them again with category 'Uden ydelse'
// (UnemploymentEnrollmentService, R-KF-15). DFDG does not do this automatically: reporting a sanction changes no
// enrollment, contact group or absence (the sanctions register writes only its own table).
import type { RuleMeta } from '../engine.ts';

export const udenYdelseAfterSanction: RuleMeta = {
  id: 'R-AK-11',
  title:
    "After a sanction that removes dagpenge the a-kasse deregisters and re-registers the citizen 'Uden ydelse'; DFDG does not",
  source: '000 §7.1, §1.3',
  validFrom: '2023-12-04',
  validTo: null,
};
