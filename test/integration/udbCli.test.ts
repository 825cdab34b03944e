// UDB on the command line on each dialect: `stil-institutions` loads STIL's register, `feed-event UDB … institutionskontakt`
// stores the contact with the institution's CVR and P-number (R-OTH-11), and the nightly job `udb` opens the
// subscription of a citizen turning 15 (R-BAT-14) and sends its messages to a stub UDB named by UDB_ENDPOINT (R-NOT-15).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadScenario, parseScenario } from '../../src/cli/scenario.ts';
import { StubUdb } from '../../src/cli/stubUdb.ts';
import { institutionContactsOf, udbSubscriptionsOf } from '../../src/store/udbRepository.ts';
import { runCommand } from '../support/cli.ts';
import { describeEachDatabase } from '../support/databases.ts';

const CPR = '2503091301'; // born 25 Mar 2009: 15 on the business date
const scenario = `
persons:
  - cpr: "${CPR}"
    birthDate: 2009-03-25
    jobcenterCode: "10100"
`;
const env = { BUSINESS_DATE: '2024-03-25' };

describeEachDatabase('UDB commands', (db) => {
  test('R-OTH-11: stil-institutions, then feed-event UDB institutionskontakt → the contact has the CVR and P-number; a bad file is a usage error', async (t) => {
    await loadScenario(db(), parseScenario(scenario));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stil-'));
    const file = path.join(dir, 'institutions.json');
    fs.writeFileSync(
      file,
      JSON.stringify([
        {
          Institutionsnummer: '751421',
          Institutionsnavn: 'Erhvervsskolen Syd',
          CvrNummer: '29189846',
          PNummer: '1003388470',
        },
      ]),
    );
    assert.match(await runCommand(t, db(), ['stil-institutions', file], env), /1 institution\(s\) loaded/);
    const out = await runCommand(
      t,
      db(),
      [
        'feed-event',
        'UDB',
        'udb-cli-1',
        CPR,
        'institutionskontakt',
        '2024-03-25',
        '--institution',
        '751421',
        '--contact',
        'Hanne Holm',
      ],
      env,
    );
    assert.match(out, /CVR 29189846, P 1003388470/);
    const [contact] = await institutionContactsOf(db(), CPR);
    assert.equal(contact?.cvr, '29189846');
    assert.equal(contact?.pNumber, '1003388470');
    fs.writeFileSync(file, JSON.stringify([{ Institutionsnummer: '75142', Institutionsnavn: 'X' }]));
    await assert.rejects(runCommand(t, db(), ['stil-institutions', file], env));
    fs.rmSync(dir, { recursive: true });
  });

  test('R-BAT-14, R-NOT-15: `udb` opens the subscription of a citizen turning 15 and sends subscription and pseudo contact to UDB_ENDPOINT', async (t) => {
    await loadScenario(db(), parseScenario(scenario));
    const udb = new StubUdb();
    const endpoint = await udb.listen(0);
    try {
      const out = await runCommand(t, db(), ['udb'], { ...env, UDB_ENDPOINT: endpoint });
      assert.match(out, /subscription\(s\) opened/);
      const [sub] = await udbSubscriptionsOf(db(), CPR);
      assert.equal(sub?.effectiveFrom, '2024-03-25');
      assert.deepEqual(
        udb.received.filter((m) => m.Personnummer === CPR).map((m) => [m.Beskedtype, m.Pseudokontaktperson ?? null]),
        [
          ['abonnement', null],
          ['kontaktperson', true],
        ],
      );
    } finally {
      await udb.close();
    }
  });
});
