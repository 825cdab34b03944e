// Integration suites: one `describe` per available dialect (SQLite always, PostgreSQL when the run
// started a cluster), each with the real app on a loopback port and the scenario reloaded (and the
// outbox, its WSRM sequences, the subscriptions, the online offers and the job orders emptied) before every test, so tests do
// not see each other's writes.
import { after, afterEach, before, beforeEach } from 'node:test';
import type { IsoDate } from '../../src/domain/types.ts';
import { describeEachDatabase, type TestDialect } from './databases.ts';
import { clearJobOrders, clearOffers, clearOutbox, clearSubscriptions } from './outbox.ts';
import { startHarness, type Harness } from './soapHarness.ts';

export function eachDatabase(
  title: string,
  businessDate: IsoDate,
  scenario: string,
  body: (h: () => Harness, dialect: TestDialect) => void,
  appOptions: Parameters<typeof startHarness>[2] = {},
): void {
  describeEachDatabase(title, (db, dialect) => {
    let harness: Harness | undefined;
    before(async () => {
      harness = await startHarness(db(), businessDate, appOptions);
    });
    beforeEach(async () => {
      await clearOutbox(db());
      await clearSubscriptions(db());
      await clearOffers(db());
      await clearJobOrders(db());
      await harness!.load(scenario);
      harness!.clock.set(businessDate);
    });
    afterEach(() => harness!.clock.set(businessDate));
    after(async () => {
      await harness?.close();
    });
    body(() => harness!, dialect);
  });
}
