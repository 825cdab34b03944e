// The archive feed (R-DEL-02): Rigsarkivet has received a deceased citizen's data on a date. Recorded for a
// citizen the facade knows as deceased; the deletion engine's R-DEL-02 policy deletes the citizen's data from
// then on. Idempotent: a second report of the same citizen keeps the first date.
import type { Knex } from 'knex';
import type { IsoDate } from '../../domain/types.ts';
import { loadCitizenState } from '../../store/citizenRepository.ts';
import { insertArchiveDelivery } from '../../store/citizenErasure.ts';
import { writeTransaction } from '../../store/writeTransaction.ts';

export type ArchiveDeliveryOutcome =
  { kind: 'recorded'; deliveredOn: IsoDate } | { kind: 'unknown-citizen' } | { kind: 'not-deceased' };

export function recordArchiveDelivery(
  db: Knex,
  cpr: string,
  deliveredOn: IsoDate,
  nowMs: number = Date.now(),
): Promise<ArchiveDeliveryOutcome> {
  return writeTransaction(db, async (trx): Promise<ArchiveDeliveryOutcome> => {
    const citizen = await loadCitizenState(trx, cpr);
    if (!citizen) return { kind: 'unknown-citizen' };
    const died = citizen.person.deceasedDate;
    if (died === null || died > deliveredOn) return { kind: 'not-deceased' };
    return { kind: 'recorded', deliveredOn: await insertArchiveDelivery(trx, cpr, deliveredOn, nowMs) };
  });
}
