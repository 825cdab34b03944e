// Jobnet's reports that a citizen's booking failed (CreateFejlmelding, booking-frist.md §5): from DFDG or Jobnet
// only (§5.2), with a known error code, and naming only an offer DFDG knows and a booking of this citizen.
import type { BookingErrorReport } from '../../domain/contactProcess.ts';
import type { CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { findOffer, findSummons, insertBookingErrorReport } from '../../store/contactProcessRepository.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';

/** ClientSystemTypeIdentifier 30 DFDG and 32 Jobnet: the only origins of an error report (booking-frist.md §5.2). */
export const ERROR_ORIGINS: ReadonlySet<number> = new Set([30, 32]);

/** What the report says, its ids as given. */
export type BookingErrorFields = Omit<BookingErrorReport, 'id' | 'cpr'>;

export async function reportBookingError(w: WriteContext, citizen: CitizenState, r: BookingErrorFields): Promise<void> {
  if (!ERROR_ORIGINS.has(r.origin)) throw fault('IllegalErrorOrigin', `FejlOphav ${r.origin}`);
  requireCodeListValue('booking-error-types', r.errorType, w.businessDate, 'Fejlkode');
  if (r.offerId !== null && !(await findOffer(w.trx, r.offerId.toLowerCase())))
    throw fault('UnknownOffer', `MoedetilbudId ${r.offerId}`);
  if (r.summonsId !== null) {
    const s = await findSummons(w.trx, r.summonsId.toLowerCase());
    if (!s) throw fault('UnknownBookingIdentifier');
    if (s.cpr !== citizen.person.cpr) throw fault('BookingNotOfPerson');
  }
  await insertBookingErrorReport(w.trx, {
    id: timeOrderedUuid(),
    cpr: citizen.person.cpr,
    offerId: r.offerId?.toLowerCase() ?? null,
    summonsId: r.summonsId?.toLowerCase() ?? null,
    errorType: r.errorType,
    text: r.text,
    origin: r.origin,
    reportedAt: r.reportedAt,
  });
}
