// R-OTH-02 — 000 §1.9: when a citizen changes CPR number, the asylum handover dates registered in DFDG are
// transferred from the old number to the new one (release 2023-4). The rest of the citizen's data registered in
// DFDG (contact process, absences, …) follows the current number since release 2022-3 (booking-frist.md S1 rule
// 10), so from 2023-4 everything DFDG holds about the citizen follows; before it, the handover dates stayed
// under the old number.
import type { RuleMeta } from '../engine.ts';

export const handoverDatesFollowCpr: RuleMeta = {
  id: 'R-OTH-02',
  title: 'Handover dates (and the rest of the citizen’s data) follow the citizen to a new CPR number',
  source: '000 §1.9',
  validFrom: '2023-12-04',
  validTo: null,
};

/** The tables that follow the citizen to the new number: all of them, `handover` ones only while R-OTH-02 is in
 *  force (whileInForce decides `handoverFollows`). */
export function tablesFollowingNewCpr(
  tables: readonly string[],
  isHandoverTable: (table: string) => boolean,
  handoverFollows: boolean,
): string[] {
  return tables.filter((t) => handoverFollows || !isHandoverTable(t));
}
