// R-DEL-02 as a policy of the deletion engine (src/app/retention/): a deceased citizen's data are deleted once
// the death is registered (person.deceased_date) and the delivery of the data to Rigsarkivet is recorded
// (`npm run cli -- archive-delivered`, ./archiveDelivery.ts), both on or before the run's business date. The
// facade keeps no area apart that would have no duty to deliver, so it waits for the archive for all of it
// (D-221). Everything held about the citizen goes in one transaction per run, per citizen under its lock
// (src/store/citizenErasure.ts); the access log and filed notifications follow their own retention.
import { countDeceasedAndDelivered, eraseDeceasedAndDelivered } from '../../store/citizenErasure.ts';
import type { RetentionPolicy } from '../retention/policy.ts';

export const deceasedCitizenRetention: RetentionPolicy = {
  ruleId: 'R-DEL-02',
  what: "deceased citizens' data, once the death and the delivery to Rigsarkivet are registered (citizens)",
  countDue: (db, today) => countDeceasedAndDelivered(db, today),
  deleteDue: (trx, today, limit) => eraseDeceasedAndDelivered(trx, today, limit),
  // a citizen's erasure is some 50 statements over every table of ERASED_TABLES: with the default batch, one
  // citizen per transaction (1,000,000 citizens on PostgreSQL, bench/scale.ts: 10 a batch took ~1.1 s each on the
  // shared machine)
  rowsPerItem: 1000,
};
