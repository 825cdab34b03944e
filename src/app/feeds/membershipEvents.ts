// An a-kasse's membership changes as its feed reports them: a member joins (indmeldelse) or moves in from another
// a-kasse (overflytning) — the transfer of src/app/person/membershipTransfer.ts (the giving a-kasse's membership
// ends the day before and it gets GetMembershipCancellationVersion1, D-154; absence 75 under R-KF-07, before 2024
// R-KF-16; R-JO-09's candidate removal) — or leaves (udmeldelse: the membership ends on the date; R-JO-09 removes
// the candidacies on a-kasse job orders the citizen no longer qualifies for; the nightly candidate check catches
// a later end). An a-kasse reports its own members only (5185); a membership starting before one already
// registered is refused (5184).
import type { FeedAnswer, MembershipEvent } from '../../domain/feedEvent.ts';
import { within } from '../../domain/dates.ts';
import { OrganisationType, type CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { loadCitizenState, updateMembership } from '../../store/citizenRepository.ts';
import type { WriteContext } from '../context.ts';
import { removeLeavingCandidates } from '../jobOrder/candidateRemoval.ts';
import { transferMembership } from '../person/membershipTransfer.ts';

/** An a-kasse delivering the event reports its own fund's members only (5185). */
export function checkReportingFund(reporter: { organisationType: number; organisationCode: string }, akasse: string) {
  if (reporter.organisationType === OrganisationType.AKasse && reporter.organisationCode !== akasse)
    throw fault('MembershipOfAnotherFund', `a-kasse ${reporter.organisationCode} reports for a-kasse ${akasse}`);
}

export async function applyMembershipEvent(
  w: WriteContext,
  citizen: CitizenState,
  e: MembershipEvent,
): Promise<FeedAnswer> {
  const cpr = citizen.person.cpr;
  if (e.kind === 'udmeldelse') {
    const open = citizen.memberships.find(
      (m) => m.akasseCode === e.akasseCode && within(e.date, m.startDate, m.endDate),
    );
    if (!open) return { changed: false, cpr, effects: [`no membership of a-kasse ${e.akasseCode} on ${e.date}`] };
    if (open.endDate === e.date) return { changed: false, cpr, effects: [`membership already ends on ${e.date}`] };
    await updateMembership(w.trx, { ...open, endDate: e.date });
    const removed = await removeLeavingCandidates(w, (await loadCitizenState(w.trx, cpr))!);
    return {
      changed: true,
      cpr,
      effects: [`membership of a-kasse ${e.akasseCode} ends on ${e.date}`, `${removed} candidacy(ies) removed`],
    };
  }
  const current = citizen.memberships.find((m) => within(e.date, m.startDate, m.endDate));
  if (current?.akasseCode === e.akasseCode)
    return { changed: false, cpr, effects: [`already a member of a-kasse ${e.akasseCode} on ${e.date}`] };
  if (citizen.memberships.some((m) => m.startDate > e.date))
    throw fault('MembershipBeforeRegistered', `a membership starts after ${e.date}`);
  const r = await transferMembership(w, citizen, { cpr, akasseCode: e.akasseCode, date: e.date });
  return {
    changed: true,
    cpr,
    effects: [
      `member of a-kasse ${e.akasseCode} from ${e.date}`,
      r.cancelledAkasse === null ? 'no membership cancelled' : `membership of a-kasse ${r.cancelledAkasse} cancelled`,
      r.absence75Ended ? 'absence 75 ended' : 'absence 75 kept',
      `${r.candidaciesRemoved} candidacy(ies) removed`,
    ],
  };
}
