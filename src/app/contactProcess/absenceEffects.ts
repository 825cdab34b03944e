// What an absence change does to the contact process: absence 75 ending cancels the a-kasse's summonses
// for the period after it (R-MTG-03); absences 75, 56 'Fritaget for pligt til selvbook' and 57 'Frataget ret
// til selvbook' close the citizen's open self-booking deadline when created (booking-frist.md §2.4 rule 6).
import { DeadlineStatus } from '../../domain/contactProcess.ts';
import { AbsenceTypes, type Absence, type CitizenState } from '../../domain/types.ts';
import type { AbsenceChange } from '../../rules/index.ts';
import type { WriteContext } from '../context.ts';
import { onAkassePeriodEnded } from './automaticCancellation.ts';
import { contactContext } from './context.ts';
import { closeDeadline } from './deadlineChanges.ts';

const DEADLINE_CLOSING_ABSENCES: ReadonlySet<number> = new Set([
  AbsenceTypes.KontaktforloebHosAkassen,
  AbsenceTypes.FritagetForPligtTilSelvbook,
  AbsenceTypes.FratagetRetTilSelvbook,
]);

export async function contactProcessEffects(
  w: WriteContext,
  citizen: CitizenState,
  kind: AbsenceChange['kind'],
  before: Absence | null,
  stored: Absence,
): Promise<void> {
  const endsAkassePeriod =
    stored.absenceType === AbsenceTypes.KontaktforloebHosAkassen &&
    kind === 'update' &&
    stored.endDate !== null &&
    stored.endDate !== before?.endDate;
  const closesDeadlines = kind === 'create' && DEADLINE_CLOSING_ABSENCES.has(stored.absenceType);
  if (!endsAkassePeriod && !closesDeadlines) return;
  const c = await contactContext(w, citizen);
  if (endsAkassePeriod) await onAkassePeriodEnded(c, stored.endDate!);
  if (closesDeadlines)
    for (const d of c.process.deadlines.filter((x) => x.status === DeadlineStatus.Active)) await closeDeadline(c, d);
}
