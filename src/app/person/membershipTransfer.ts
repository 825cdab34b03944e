// A member moves to another a-kasse (medlemsoverflytning), as the new a-kasse's membership registration reaches
// DFDG (`npm run cli -- membership-transfer <cpr> <date> <akasse>`; DFDG's UnemploymentFundMembershipService,
// where a-kasser register memberships, is not served). In one transaction: the membership in the giving a-kasse
// ends the day before `date` (medlemsafgang) and GetMembershipCancellationVersion1 tells that a-kasse so (D-154);
// the new membership starts on `date`; absence 75 follows R-KF-07 (kept from 2024; before, R-KF-16 ended an
// inactive one in contact group 13, 24 or 25); job orders lose the citizen as a candidate where R-JO-09 says so.
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import { addDays, within } from '../../domain/dates.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { membershipCancellationMessage } from '../../outbox/membershipCancellationMessage.ts';
import { absence75OnMembershipChange } from '../../rules/index.ts';
import { insertMembership, loadCitizenState, updateMembership } from '../../store/citizenRepository.ts';
import { applyAbsenceChange } from '../absence/absenceChanges.ts';
import { dfdgCaller, type WriteContext } from '../context.ts';
import { removeLeavingCandidates } from '../jobOrder/candidateRemoval.ts';
import { writeAboutCitizen } from '../unitOfWork.ts';
import { absencesOf } from '../../domain/citizenAbsences.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

export interface MembershipTransfer {
  cpr: string;
  /** The a-kasse the citizen joins. */
  akasseCode: string;
  /** The first day of the new membership. */
  date: IsoDate;
}

export interface TransferResult {
  /** The giving a-kasse, whose membership was cancelled; null when the citizen was in none on the day. */
  cancelledAkasse: string | null;
  absence75Ended: boolean;
  candidaciesRemoved: number;
}

export async function applyMembershipTransfer(db: Knex, clock: Clock, t: MembershipTransfer): Promise<TransferResult> {
  const caller = dfdgCaller('medlemsoverflytning', clock.today(), clock.nowDateTime());
  return writeAboutCitizen(
    db,
    caller,
    t.cpr,
    () => {},
    (w, citizen) => transferMembership(w, citizen, t),
  );
}

/** The transfer in a unit of work already open about the citizen (the a-kasse feed, src/app/feeds/). */
export async function transferMembership(
  w: WriteContext,
  citizen: CitizenState,
  t: MembershipTransfer,
): Promise<TransferResult> {
  const giving = citizen.memberships.find((m) => within(t.date, m.startDate, m.endDate));
  if (giving?.akasseCode === t.akasseCode)
    return { cancelledAkasse: null, absence75Ended: false, candidaciesRemoved: 0 };
  let absence75Ended = false;
  if (giving) {
    const ended = { ...giving, endDate: addDays(t.date, -1) };
    await updateMembership(w.trx, ended);
    await w.outbox.enqueue([membershipCancellationMessage(ended, w.now)]);
    const end = absence75OnMembershipChange(citizen, t.date);
    const absence = end && absencesOf(citizen, 'all').find((a) => a.id === end.absenceId);
    if (end && absence) {
      await applyAbsenceChange(w, citizen, 'update', absence, {
        ...absence,
        endDate: end.endDate,
        endReason: end.endReason,
      });
      absence75Ended = true;
    }
  }
  await insertMembership(w.trx, {
    id: timeOrderedUuid(),
    cpr: t.cpr,
    akasseCode: t.akasseCode,
    startDate: t.date,
    endDate: null,
  });
  const candidaciesRemoved = await removeLeavingCandidates(w, (await loadCitizenState(w.trx, t.cpr))!);
  return { cancelledAkasse: giving?.akasseCode ?? null, absence75Ended, candidaciesRemoved };
}
