// The feeds on the command line on each dialect: `feed-event` processes an event once per source and event id
// (the repeat prints the first answer and changes nothing), refuses an incomplete command line (exit 2), and
// `cpr-move` is a CPR feed event whose id is the move itself (the same move twice moves once).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadScenario, parseScenario } from '../../src/cli/scenario.ts';
import { loadCitizenState } from '../../src/store/citizenRepository.ts';
import { runCommand } from '../support/cli.ts';
import { describeEachDatabase } from '../support/databases.ts';

const CPR = '0101851301';
const scenario = `
persons:
  - cpr: "${CPR}"
    birthDate: 1985-01-01
    jobcenterCode: "10100"
    memberships: [{ akasseCode: "81", startDate: 2015-01-01 }]
`;
const env = { BUSINESS_DATE: '2024-03-25' };

describeEachDatabase('feed commands', (db) => {
  test('feed-event: once per event id; the repeat prints the first answer; an incomplete event is a usage error', async (t) => {
    await loadScenario(db(), parseScenario(scenario));
    const move = [
      'feed-event',
      'CPR',
      'cli-1',
      CPR,
      'flytning',
      '2024-03-25',
      '--municipality',
      '751',
      '--jobcentre',
      '75100',
    ];
    const first = await runCommand(t, db(), move, env);
    assert.match(first, /^feed-event CPR cli-1: changed, 0101851301: moved to municipality 751, jobcentre 75100/);
    assert.equal(await runCommand(t, db(), move, env), first);
    assert.equal(Number((await db()('feed_event').where({ cpr: CPR }).count({ n: '*' }))[0]!.n), 1);
    await assert.rejects(
      runCommand(t, db(), ['feed-event', 'CPR', 'cli-2', CPR, 'flytning', '2024-03-25', '--municipality', '751'], env),
      /exit 2: --jobcentre is required here/,
    );
    const left = await runCommand(
      t,
      db(),
      ['feed-event', 'AKASSE', 'ak-1', CPR, 'udmeldelse', '2024-03-25', '--akasse', '81'],
      env,
    );
    assert.match(left, /changed, 0101851301: membership of a-kasse 81 ends on 2024-03-25/);
    assert.equal((await loadCitizenState(db(), CPR))!.memberships[0]!.endDate, '2024-03-25');
  });

  test('cpr-move: the same move given twice moves once', async (t) => {
    await loadScenario(db(), parseScenario(scenario));
    const out = await runCommand(t, db(), ['cpr-move', CPR, '2024-03-25', '461', '46100'], env);
    assert.match(out, /^cpr-move: moved to municipality 461, jobcentre 46100, 0 move notification\(s\)/);
    assert.equal(await runCommand(t, db(), ['cpr-move', CPR, '2024-03-25', '461', '46100'], env), out);
    assert.equal(Number((await db()('feed_event').where({ cpr: CPR }).count({ n: '*' }))[0]!.n), 1);
    assert.equal((await loadCitizenState(db(), CPR))!.person.jobcenterCode, '46100');
  });
});
