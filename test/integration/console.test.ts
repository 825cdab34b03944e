// The web console (issue 18) driven in a real browser: Debian's headless Chromium (/usr/bin/chromium, package
// `chromium`, scripts/test-prerequisites.mjs) through playwright-core, no browser download. A scenario is loaded,
// a refused (R-KF-12) and an accepted CreateAbsence are sent, and the pages must show them: the fault code, its
// text and rule id on the request list, the envelopes with the CPR masked (shown only with ?cpr=show), the
// absence and its notifications on the citizen's timeline as of a date, an organisation's dead letters and the
// replay button. Markup sent in a request comes back escaped (no script runs). With CONSOLE_SCREENSHOTS=<dir>
// the main pages are also saved as PNG there (docs/console/ in the README).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { FixedClock } from '../../src/clock.ts';
import { createApp } from '../../src/facade.ts';
import { listOutbox } from '../../src/outbox/outbox.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import {
  fault,
  jobcenter,
  postRaw,
  activeOrganisationHeader,
  requestUserMetadataHeader,
} from '../support/soapHarness.ts';
import { facadeFetch } from '../support/tls.ts';
import { baseScenario, CPR } from './scenario.ts';

const TOKEN = 'console-test-token-0123456789';
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS ?? null;
const masked = `${CPR.member.slice(0, 6)}-****`;

const absence = (type: number, extra: Record<string, unknown> = {}) => ({
  Absence: {
    PersonCivilRegistrationIdentifier: CPR.member,
    AbsenceTypeIdentifier: type,
    StartDate: '2024-03-01T00:00:00',
    EndDate: '2024-03-10T00:00:00',
    NotificationDate: '2024-02-20T00:00:00',
    ...extra,
  },
});

eachDatabase(
  'console',
  '2024-02-15',
  baseScenario,
  (h, dialect) => {
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    before(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    });
    after(async () => {
      await browser?.close();
    });
    const signedIn = async () => {
      context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
      page = await context.newPage();
      const first = await page.goto(`${h().url}/console`);
      assert.equal(first?.status(), 401, 'without the token: the sign-in form');
      await page.fill('input[name=token]', TOKEN);
      await page.click('button');
      await page.waitForURL(`${h().url}/console`);
    };
    const shot = async (name: string) => {
      if (SCREENSHOTS === null || dialect !== 'sqlite') return;
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    };
    const cells = (row: string) => page.locator(row).first().locator('td').allInnerTexts() as Promise<string[]>;

    test('R-KF-12 refused and a CreateAbsence accepted: the request list shows fault code, text and rule id; the envelopes mask the CPR unless ?cpr=show', async () => {
      await signedIn();
      const client = await h().client('AbsenceRegistrationService', jobcenter());
      const refused = await fault(client.CreateAbsenceAsync(absence(10, { AbsenceCauseTypeIdentifier: 48 })));
      await client.CreateAbsenceAsync(absence(10));

      await page.goto(`${h().url}/console`);
      const [accepted, refusal] = [await cells('tr.ok'), await cells('tr.fault')];
      assert.deepEqual(accepted.slice(1, 6), ['AbsenceRegistrationService', 'CreateAbsence', '8:10100', '200', '']);
      assert.deepEqual(refusal.slice(1, 6), [
        'AbsenceRegistrationService',
        'CreateAbsence',
        '8:10100',
        '500',
        refused.code,
      ]);
      assert.equal(refusal[6], refused.text);
      assert.equal(refusal[7], 'R-KF-12');
      await shot('requests');

      await page.locator('tr.fault a').first().click();
      const detail = await page.locator('main').innerText();
      assert.match(detail, /rule that refused\s+R-KF-12/);
      assert.ok(detail.includes(`<faultcode>${refused.code}</faultcode>`), 'the response envelope, pretty-printed');
      assert.ok(detail.includes(masked), 'the CPR masked');
      assert.ok(!detail.includes(CPR.member), 'and not shown');
      await shot('request');
      await page.goto(`${page.url()}?cpr=show`);
      assert.ok((await page.locator('main').innerText()).includes(CPR.member), '?cpr=show shows it');
      await context.close();
    });

    test("the citizen's timeline as of a date: the absence and its notifications with receiver and state; nothing after the date", async () => {
      await signedIn();
      const client = await h().client('AbsenceRegistrationService', jobcenter());
      await client.CreateAbsenceAsync(absence(10));
      const filed = (await listOutbox(h().db)).filter((m) => m.citizenCpr === CPR.member);
      assert.ok(filed.length > 0, 'the scenario notifies someone of the absence');

      await page.goto(`${h().url}/console/citizen?person=${CPR.member}&date=2024-03-05`);
      const timeline = await page.locator('main').innerText();
      assert.ok(timeline.includes(`Citizen ${masked} on 2024-03-05`));
      assert.ok(!timeline.includes(CPR.member));
      const absenceRows = page.locator('table').first().locator('tr', { hasText: 'absence' });
      assert.equal(await absenceRows.count(), 1);
      assert.match(await absenceRows.innerText(), /2024-03-01/);
      assert.match(timeline, /contact group[\s\S]*2023-06-01|2023-06-01[\s\S]*contact group/);
      const notifications = page.locator('table').nth(1).locator('tbody tr');
      assert.equal(await notifications.count(), filed.length);
      for (const m of filed) {
        const row = notifications.filter({ hasText: `${m.receiver.organisationType}:${m.receiver.organisationCode}` });
        assert.ok((await row.count()) > 0, `${m.messageType} to ${m.receiver.organisationCode}`);
        assert.match(await row.first().innerText(), new RegExp(`${m.messageType}[\\s\\S]*${m.state}`));
      }
      await shot('citizen');

      await page.goto(`${h().url}/console/citizen?person=${CPR.member}&date=2024-02-28`);
      assert.equal(await page.locator('table').first().locator('tr', { hasText: 'absence' }).count(), 0);
      await context.close();
    });

    test("an organisation's queue and dead letters; the replay button puts them back on the queue", async () => {
      await signedIn();
      const client = await h().client('AbsenceRegistrationService', jobcenter());
      await client.CreateAbsenceAsync(absence(10));
      const [message] = await listOutbox(h().db);
      assert.ok(message);
      await h()
        .db('outbox_message')
        .where({ id: message.id })
        .update({ state: 'dead', attempts: 9, last_error: '<b>HTTP 503</b>' });
      const org = `${message.receiver.organisationType}:${message.receiver.organisationCode}`;

      await page.goto(`${h().url}/console/organisations`);
      await page.click(`a:text-is("${org}")`);
      const before = await page.locator('main').innerText();
      assert.ok(before.includes(message.messageType));
      assert.ok(before.includes('<b>HTTP 503</b>'), 'the last error, escaped');
      await shot('organisation');
      await page.click('button:has-text("Replay 1 dead letter")');
      assert.ok((await page.locator('main').innerText()).includes('1 dead letter(s) put back on the queue'));
      const [row] = (await h().db('outbox_message').where({ id: message.id })) as { state: string }[];
      assert.equal(row?.state, 'pending');
      // what the calling jobcentre's integration exercised (the client coverage report), once the counts are written
      await h().app.clientCalls.flush();
      await page.goto(`${h().url}/console/organisations/8:10100`);
      const coverage = await page.locator('main').innerText();
      assert.ok(coverage.includes('What its integration exercised'));
      assert.match(coverage, /AbsenceRegistrationService\.CreateAbsence\s+\d+\s+\d+/);
      await context.close();
    });

    test('markup sent in a request is shown as text: no script of a request runs in the console', async () => {
      await signedIn();
      const payload = `"><script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">`;
      const escaped = payload.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
      await postRaw(
        h().url,
        '/7/AbsenceRegistrationService.svc',
        `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>${activeOrganisationHeader(jobcenter())}${requestUserMetadataHeader(jobcenter())}</s:Header>` +
          `<s:Body><x:Unknown xmlns:x="urn:x">${escaped}</x:Unknown></s:Body></s:Envelope>`,
      );
      await page.goto(`${h().url}/console`);
      await page.locator('tr.fault a').first().click();
      assert.ok((await page.locator('main').innerText()).includes(escaped), 'the envelope as it came, as text');
      assert.equal(await page.evaluate(() => (globalThis as { __xss?: number }).__xss), undefined);
      assert.equal(await page.locator('main script, main img').count(), 0);
      await context.close();
    });

    test('without CONSOLE_TOKEN there is no console (404), and a POST from another origin is refused', async () => {
      const app = createApp(h().db, new FixedClock('2024-02-15'), { validator: h().app.validator });
      const url = await app.listen(0);
      try {
        assert.equal((await fetch(`${url}/console`)).status, 404);
        assert.equal((await fetch(`${url}/console/citizen?person=${CPR.member}`)).status, 404);
      } finally {
        await app.close();
      }
      const replay = await facadeFetch(`${h().url}/console/organisations/8:10100/replay`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, origin: 'https://elsewhere.example' },
      });
      assert.equal(replay.status, 403);
      const wrong = await facadeFetch(`${h().url}/console`, {
        headers: { authorization: 'Bearer not-the-token-at-all' },
      });
      assert.equal(wrong.status, 401);
    });
  },
  { consoleToken: TOKEN },
);
