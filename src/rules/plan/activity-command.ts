// What the activity rules (R-PLAN-07, 08, 11, 12, 19, 21, 22, 23) look at: the activity before (null on
// create) and after the command, who acts, and whether the citizen receives dagpenge (contact group 1 on the
// business date), for the NUPH rules. Pure data; src/app/activity builds it.
import type { Activity, ActivityFields } from '../../domain/activity.ts';
import type { Actor } from '../../domain/types.ts';

export interface ActivityCommand {
  kind: 'create' | 'update';
  before: Activity | null;
  after: ActivityFields;
  actor: Actor;
  /** The citizen is a dagpenge recipient (contact group 1) on the business date (R-PLAN-11, R-AK-02). */
  dagpengeRecipient: boolean;
}
