// What CPR's events do to the citizen DFDG holds:
// - flytning (a move between municipalities): the move of src/app/person/cprMove.ts (R-NOT-03/05/06);
// - personnummerskift (a new CPR number): everything DFDG holds about the citizen follows to the new number
//   (absences, contact process, plans, …; the asylum handover dates from release 2023-4, R-OTH-02); the old
//   person row stays, marked replaced (reads and writes by the old number find a citizen with no data), and
//   the receivers of the citizen's absences (R-NOT-01: jobcentre and a-kasse) get each absence still running
//   under the new number (GetAbsenceVersion7, D-243);
// - udrejse / forsvundet (emigrated, missing): the status is kept on the citizen (`Person.cprStatus`, from the
//   event's date; a later move into a municipality ends it) and the citizen stays with the latest jobcentre
//   (R-BAT-15; before release 2023-3 DFDG moved them to Jobcenter København);
// - doedsfald (death): the death date is set — authorities' writes are refused with 4405 from that day, and the
//   deletion engine's R-DEL-02 policy deletes the data once the archive delivery is recorded.
import type { CprEvent, FeedAnswer } from '../../domain/feedEvent.ts';
import type { CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { absenceMessages } from '../../outbox/absenceMessage.ts';
import {
  absenceNotificationReceivers,
  emigratedStayWithJobcentre,
  handoverDatesFollowCpr,
  JOBCENTER_KOEBENHAVN,
  jobcentreAfterEmigration,
  tablesFollowingNewCpr,
  whileInForce,
} from '../../rules/index.ts';
import { loadCitizenState, updatePerson } from '../../store/citizenRepository.ts';
import { FOLLOWING_TABLES, HANDOVER_TABLES, moveCitizenToNewCpr } from '../../store/feedRepository.ts';
import { absencesOf } from '../../domain/citizenAbsences.ts';
import type { WriteContext } from '../context.ts';
import { moveCitizen } from '../person/cprMove.ts';
import { holdCitizen } from '../unitOfWork.ts';

export async function applyCprEvent(w: WriteContext, citizen: CitizenState, e: CprEvent): Promise<FeedAnswer> {
  const person = citizen.person;
  const unchanged = (effect: string): FeedAnswer => ({ changed: false, cpr: person.cpr, effects: [effect] });
  switch (e.kind) {
    case 'flytning': {
      if (person.municipalityCode === e.municipalityCode && person.jobcenterCode === e.jobcenterCode)
        return unchanged(`already in municipality ${e.municipalityCode}, jobcentre ${e.jobcenterCode}`);
      const r = await moveCitizen(w, citizen, { cpr: person.cpr, ...e });
      return {
        changed: true,
        cpr: person.cpr,
        effects: [
          `moved to municipality ${e.municipalityCode}, jobcentre ${e.jobcenterCode}`,
          `${r.notifications} move notification(s)`,
          `${r.rehabilitationEnded} rehabilitation process(es) ended`,
          `person category ${r.personCategory}`,
        ],
      };
    }
    case 'personnummerskift':
      return changeCpr(w, citizen, e.newCpr);
    case 'udrejse':
    case 'forsvundet': {
      const status = { status: e.kind === 'udrejse' ? 'udrejst' : 'forsvundet', date: e.date } as const;
      const jobcentre = whileInForce(emigratedStayWithJobcentre, w.businessDate, JOBCENTER_KOEBENHAVN, () =>
        jobcentreAfterEmigration(person),
      );
      const sameStatus = person.cprStatus?.status === status.status && person.cprStatus.date === status.date;
      if (jobcentre === person.jobcenterCode && sameStatus)
        return unchanged(`${e.kind}: already ${status.status} from ${e.date}, stays with jobcentre ${jobcentre}`);
      await updatePerson(w.trx, { ...person, jobcenterCode: jobcentre, cprStatus: status });
      return {
        changed: true,
        cpr: person.cpr,
        effects: [
          `CPR status ${status.status} from ${e.date}`,
          jobcentre === person.jobcenterCode
            ? `${e.kind}: stays with jobcentre ${jobcentre}`
            : `${e.kind}: moved to jobcentre ${jobcentre}`,
        ],
      };
    }
    case 'doedsfald': {
      if (person.deceasedDate === e.date) return unchanged(`already registered dead on ${e.date}`);
      await updatePerson(w.trx, { ...person, deceasedDate: e.date });
      return { changed: true, cpr: person.cpr, effects: [`registered dead on ${e.date}`] };
    }
  }
}

async function changeCpr(w: WriteContext, citizen: CitizenState, newCpr: string): Promise<FeedAnswer> {
  const person = citizen.person;
  if (newCpr === person.cpr) throw fault('NewCprSameAsOld', `PersonCivilRegistrationIdentifier ${newCpr}`);
  if (person.replacedByCpr !== null) {
    if (person.replacedByCpr === newCpr)
      return { changed: false, cpr: newCpr, effects: [`already replaced by ${newCpr}`] };
    throw fault('CprAlreadyReplaced', `replaced by ${person.replacedByCpr}`);
  }
  if (await holdCitizen(w, newCpr, new Set())) throw fault('NewCprAlreadyKnown', `NytPersonnummer ${newCpr}`);
  const handoverFollows = whileInForce(handoverDatesFollowCpr, w.businessDate, false, () => true);
  const tables = tablesFollowingNewCpr(FOLLOWING_TABLES, (t) => HANDOVER_TABLES.has(t), handoverFollows);
  const moved = await moveCitizenToNewCpr(w.trx, person, newCpr, tables);
  const now = (await loadCitizenState(w.trx, newCpr))!;
  let notified = 0;
  for (const absence of absencesOf(now, 'all')) {
    if (absence.deletedOn !== null || (absence.endDate !== null && absence.endDate < w.businessDate)) continue;
    const messages = absenceMessages(
      absence,
      false,
      absenceNotificationReceivers(now, 'update', absence, w.businessDate),
      null,
    );
    await w.outbox.enqueue(messages);
    notified += messages.length;
  }
  return {
    changed: true,
    cpr: newCpr,
    effects: [`${person.cpr} replaced by ${newCpr}`, `${moved} row(s) moved`, `${notified} absence message(s)`],
  };
}
