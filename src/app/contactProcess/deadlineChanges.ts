// Every change to a self-booking deadline goes through here: the row, its history entry and its
// notifications (GetInterviewDeadlineVersion2, Frist.WSB), in the caller's transaction. Also the
// deadline life cycle of FristService (booking-frist.md §2.4): a booking fulfils an open deadline of its
// interview type, and a deadline given while such a booking exists is fulfilled at once.
import { calendarDateOf } from '../../domain/dates.ts';
import { DeadlineStatus, type Deadline, type Summons } from '../../domain/contactProcess.ts';
import { deadlineMessages } from '../../outbox/contactProcessMessages.ts';
import type { ChangeTypeId } from '../../outbox/webserviceMessage.ts';
import { insertDeadline, recordHistory, updateDeadline } from '../../store/contactProcessRepository.ts';
import type { ContactChangeContext } from './context.ts';

export async function saveDeadline(c: ContactChangeContext, change: ChangeTypeId, d: Deadline): Promise<void> {
  if (change === 1) await insertDeadline(c.trx, d);
  else await updateDeadline(c.trx, d);
  await recordHistory(c.trx, 'Frist', d, change, c.now, c.actor);
  await c.outbox.enqueue(deadlineMessages(c.citizen, d, change, c));
}

/** Whether a booked interview satisfies the deadline: active, with the deadline's authority, of its type, held
 *  between its first day and its interview date limit. Another authority's meeting does not (an a-kasse's own
 *  jobsamtale is no booking with the jobcentre). */
export function fulfils(s: Summons, d: Deadline): boolean {
  const day = calendarDateOf(s.startTime);
  return (
    s.cancelledAt === null &&
    s.organisationType === d.organisationType &&
    s.organisationCode === d.organisationCode &&
    s.interviewType === d.interviewType &&
    day >= d.startDate &&
    day <= d.dateLimit
  );
}

/** A new booking fulfils the citizen's open deadline it satisfies. */
export async function fulfilDeadlinesWith(c: ContactChangeContext, s: Summons): Promise<void> {
  for (const d of c.process.deadlines) {
    if (d.status !== DeadlineStatus.Active || !fulfils(s, d)) continue;
    await saveDeadline(c, 2, {
      ...d,
      status: DeadlineStatus.Fulfilled,
      fulfilledBySummonsId: s.id,
      version: d.version + 1,
    });
  }
}

/** Ends a deadline administratively (Administrativt lukket). */
export async function closeDeadline(c: ContactChangeContext, d: Deadline): Promise<void> {
  await saveDeadline(c, 2, { ...d, status: DeadlineStatus.Closed, closedAt: c.now, version: d.version + 1 });
}
