// R-AK-08 (R-NOT-13) — 000 §7.1; 003 N0, N1: the dagpenge recipient gets a Jobnet message about the content of
// each notification the jobcentre sends the a-kasse and of each answer. The legal rules take effect 1 Jan 2024;
// before, no message (best reading). DFDG derives the message itself: src/app/nuph uses `whileInForce`.
import type { RuleMeta } from '../engine.ts';

export const citizenToldOfNuph: RuleMeta = {
  id: 'R-AK-08',
  title: 'The citizen is told about NUPHs and their answers (Jobnet message)',
  source: '000 §7.1; 003 N0, N1',
  validFrom: '2024-01-01',
  validTo: null,
};
