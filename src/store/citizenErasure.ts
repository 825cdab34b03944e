// Erasing everything the facade holds about one citizen (R-DEL-02: a deceased citizen once delivered to the
// archive): every table with the citizen's CPR, children before the parents their foreign keys name, and the
// rows that hang off the citizen's rows without a CPR of their own (a NUPH's answer, a rehabilitation process's
// documents, a candidate's log, the slots of an offer made for the citizen; a slot the citizen held or booked is
// freed). Kept, each under its own
// retention: audit_event (who accessed the data, D-147) and outbox_message/outbox_payload (notifications already
// filed follow the outbox retention, D-217). test/store/citizenRetention.test.ts checks that every table with a
// CPR column is either erased here or kept by name, so a new table must be placed in one of the two lists.
import { holdCitizen } from './citizenRepository.ts';
import { deleteNuphsWithDialog } from './nuphRepository.ts';
import { SANCTION_TABLES } from './migrations/026_sanctions.ts';
import { TIDLIG_PENSION_TABLES } from './migrations/028_tidlig_pension.ts';
import { FEED_TABLES } from './migrations/030_feed_events.ts';
import { SUPPLEMENT_TABLES } from './migrations/032_activity_supplement.ts';
import { PERSON_REGISTRATION_TABLES } from './migrations/031_person_registration.ts';
import { CV_TABLES } from './migrations/039_cv.ts';
import { PREPARATION_FORM_TABLES } from './migrations/040_preparation_form.ts';
import { UDB_TABLES } from './migrations/037_udb.ts';
import { REFERRAL_PROGRAMME_TABLES } from './migrations/035_referral_programmes.ts';
import { deleteDocumentsOwnedBy } from './documentRepository.ts';
import { keysOfSome } from './batchDelete.ts';
import { countRows, type Queryable, type Transaction } from './queryable.ts';

/** Tables with a CPR column erased with the citizen, in deletion order (children first). */
export const ERASED_TABLES = [
  // rows without a CPR that hang off the citizen's rows go first (citizenErasure below)
  'nuph',
  ...TIDLIG_PENSION_TABLES,
  ...SANCTION_TABLES,
  ...SUPPLEMENT_TABLES,
  ...UDB_TABLES,
  'job_order_candidate',
  'online_offer',
  'citizen_message_document',
  'citizen_message',
  'participation_choice',
  'authority_participant',
  'citizen_notice',
  'booking_error_report',
  'immediate_booking',
  'notification_signup',
  'deadline',
  'held_interview',
  'summons',
  'contact_history',
  'plan_version',
  'job_search_requirement',
  'person_group_marking',
  ...PERSON_REGISTRATION_TABLES,
  'person_notification',
  'rehabilitation_process',
  'integration_contract',
  'person_contact',
  'activity',
  'citizen_cv',
  ...CV_TABLES,
  ...PREPARATION_FORM_TABLES,
  'archive_delivery',
  ...FEED_TABLES,
  ...REFERRAL_PROGRAMME_TABLES,
  'absence',
  'enrollment',
  'benefits_account',
  'akasse_membership',
  'contact_group',
  'person',
] as const;

/** Tables whose CPR column names the citizen in a row that is not the citizen's: the column is cleared. */
export const CLEARED_COLUMNS: Readonly<Record<string, string>> = {
  offer_slot: 'held_by_cpr', // a slot the citizen held while booking is free again
};

/** Tables with a CPR column whose rows outlive the citizen under a retention of their own. */
export const KEPT_TABLES: Readonly<Record<string, string>> = {
  audit_event: 'the access log, D-147 (AUDIT_RETENTION_DAYS)',
  outbox_message: 'filed notifications, delivered or still to deliver, D-217 (OUTBOX_RETENTION_DAYS)',
};

/** Deletes every row held about `cpr` (ERASED_TABLES), and about the citizen's former CPR numbers (person rows
 *  replaced by this one, R-OTH-02); returns how many rows, all tables together. */
export async function eraseCitizen(trx: Transaction, cpr: string): Promise<number> {
  await holdCitizen(trx, cpr); // a write about the citizen under way finishes first; one after it finds no citizen
  const of = (table: string) => trx(table).select('id').where({ cpr });
  let rows = 0;
  const former = (await trx('person').select('cpr').where({ replaced_by_cpr: cpr })) as { cpr: string }[];
  for (const f of former) if (f.cpr !== cpr) rows += await eraseCitizen(trx, f.cpr);
  const nuphs = (await of('nuph')) as { id: string }[];
  rows += await deleteNuphsWithDialog(
    trx,
    nuphs.map((n) => n.id),
  );
  const processes = (await of('rehabilitation_process')) as { id: string }[];
  rows += await deleteDocumentsOwnedBy(
    trx,
    'rehabiliteringsforloeb',
    processes.map((p) => p.id),
  );
  rows += Number(await trx('job_order_candidate_log').whereIn('candidate_id', of('job_order_candidate')).delete());
  rows += Number(await trx('offer_slot').whereIn('offer_id', of('online_offer')).delete());
  await trx('offer_slot')
    .where({ held_by_cpr: cpr })
    .update({ held_by_cpr: null, held_for_booking_id: null, held_until_ms: null });
  await trx('offer_slot').whereIn('booked_summons_id', of('summons')).update({ booked_summons_id: null });
  for (const table of ERASED_TABLES) rows += Number(await trx(table).where({ cpr }).delete());
  return rows;
}

/** The citizens dead on or before `today` whose data the archive received on or before `today` (R-DEL-02). */
function deceasedAndDelivered(q: Queryable, today: string) {
  return q('person')
    .join('archive_delivery', 'archive_delivery.cpr', 'person.cpr')
    .whereNotNull('person.deceased_date')
    .andWhere('person.deceased_date', '<=', today)
    .andWhere('archive_delivery.delivered_on', '<=', today);
}

/** How many citizens are dead and delivered to the archive on or before `today`. */
export const countDeceasedAndDelivered = (q: Queryable, today: string): Promise<number> =>
  countRows(deceasedAndDelivered(q, today));

/** Erases the citizens dead and delivered to the archive on or before `today` (at most `limit`, a batch of the
 *  deletion engine), one after another (eraseCitizen); returns how many citizens. */
export async function eraseDeceasedAndDelivered(trx: Transaction, today: string, limit?: number): Promise<number> {
  const due = await keysOfSome(deceasedAndDelivered(trx, today), 'person.cpr', limit);
  for (const cpr of due) await eraseCitizen(trx, cpr);
  return due.length;
}

/** Records that the archive received the citizen's data on `deliveredOn` (a repeat keeps the first date). */
export async function insertArchiveDelivery(trx: Transaction, cpr: string, deliveredOn: string, nowMs: number) {
  const existing = (await trx('archive_delivery').where({ cpr }).first()) as { delivered_on: string } | undefined;
  if (existing) return String(existing.delivered_on);
  await trx('archive_delivery').insert({ cpr, delivered_on: deliveredOn, recorded_at: nowMs });
  return deliveredOn;
}
