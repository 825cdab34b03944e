// What DFDG cancels by itself: on a return to contact group 1 during an active absence 75 the jobcentre's
// deadlines, summonses and bookings (R-MTG-15, with SMS/e-mail to the citizen, R-NOT-10); when absence 75
// ends the a-kasse's contact-process summonses after it, but never its jobsamtaler (R-MTG-03).
import type { IsoDate } from '../../domain/types.ts';
import {
  akasseJobInterviewsSurvive,
  cancellationNotice,
  cancellationNotices,
  endedOnReturnToGroup1,
  returnToGroup1,
  summonsesEndingWithAkassePeriod,
  whileInForce,
} from '../../rules/index.ts';
import { insertCitizenNotice } from '../../store/contactProcessRepository.ts';
import type { ContactChangeContext } from './context.ts';
import { closeDeadline } from './deadlineChanges.ts';
import { cancelSummons } from './summonsChanges.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

/** R-MTG-15 / R-NOT-10: `c.citizen` is the state before the citizen moves into `newGroup` from `from`. */
export async function onContactGroupChange(c: ContactChangeContext, newGroup: number, from: IsoDate): Promise<void> {
  const date = c.businessDate;
  const ended = whileInForce(returnToGroup1, date, { deadlines: [], summonses: [] }, () =>
    endedOnReturnToGroup1(c.citizen, c.process, newGroup, from),
  );
  for (const d of ended.deadlines) await closeDeadline(c, d);
  for (const s of ended.summonses) {
    await cancelSummons(c, s, 'contact-group-return');
    for (const n of whileInForce(cancellationNotice, date, [], () => cancellationNotices(c.process.signup, s))) {
      await insertCitizenNotice(c.trx, {
        id: timeOrderedUuid(),
        cpr: s.cpr,
        channel: n.channel,
        summonsId: s.id,
        text: n.text,
        createdAt: c.now,
      });
    }
  }
}

/** R-MTG-03: absence 75 now ends on `lastDay`. */
export async function onAkassePeriodEnded(c: ContactChangeContext, lastDay: IsoDate): Promise<void> {
  const cancelled = whileInForce(akasseJobInterviewsSurvive, c.businessDate, [], () =>
    summonsesEndingWithAkassePeriod(c.process, lastDay),
  );
  for (const s of cancelled) await cancelSummons(c, s, 'akasse-period-ended');
}
