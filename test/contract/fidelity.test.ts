// Fidelity of the compiled contract to the digests of DFDG's public documentation (../shared/contracts/*.md):
// every documented fact about names, namespaces, occurrences, types, operations, versions, faults and access
// (test/contract/facts/, one module per digest) is checked against the contract and answers exact, deviating
// or not implemented. Prints `facts: N exact, M deviating, K not implemented` and the list of the others. Fails
// on a deviating or not implemented [F] fact that names no decision (a D-nn row of docs/contract-decisions.md,
// which must exist) and is not an OPEN deviation (test/contract/facts/openDeviations.ts); [I] facts inform.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { bookingFristFacts } from './facts/bookingFrist.ts';
import { citizenMessageFacts } from './facts/citizenMessageService.ts';
import { conventionsFacts } from './facts/conventions.ts';
import { indkaldelseFacts } from './facts/indkaldelse.ts';
import { joborderFacts } from './facts/joborder.ts';
import { evaluate, ROOT, type Fact, type Outcome } from './facts/model.ts';
import { notificationFacts } from './facts/notifications.ts';
import { OPEN_DEVIATIONS } from './facts/openDeviations.ts';
import { visitationAbsenceFacts } from './facts/visitationAbsence.ts';

const FACTS: Fact[] = [
  ...conventionsFacts,
  ...indkaldelseFacts,
  ...bookingFristFacts,
  ...visitationAbsenceFacts,
  ...joborderFacts,
  ...notificationFacts,
  ...citizenMessageFacts,
];

const decisionsText = fs.readFileSync(path.join(ROOT, 'docs/contract-decisions.md'), 'utf8');
const decisionExists = (id: string) => new RegExp(`^\\|\\s*${id}\\s*\\|`, 'm').test(decisionsText);

interface Result {
  fact: Fact;
  outcome: Outcome;
}
const results: Result[] = FACTS.map((fact) => ({ fact, outcome: evaluate(fact.check) }));

const line = (r: Result) =>
  `  ${r.fact.id} [${r.fact.confidence}] (${r.fact.source}) ${r.fact.fact}` +
  (r.outcome.actual ? `\n      contract: ${r.outcome.actual}` : '') +
  (r.fact.decision ? `\n      decision: ${r.fact.decision}` : '') +
  (OPEN_DEVIATIONS[r.fact.id] ? `\n      OPEN: ${OPEN_DEVIATIONS[r.fact.id]}` : '');

test('fact ids are unique', () => {
  const ids = FACTS.map((f) => f.id);
  assert.deepEqual(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    [],
  );
});

test('every decision a fact names is a row of docs/contract-decisions.md', () => {
  const missing = FACTS.filter((f) => f.decision && !decisionExists(f.decision)).map((f) => `${f.id}: ${f.decision}`);
  assert.deepEqual(missing, []);
});

test('the contract is faithful to every [F] fact of the digests, or a decision or an open issue-11 fix says why not', () => {
  const open = results.filter((r) => OPEN_DEVIATIONS[r.fact.id] !== undefined);
  const rest = results.filter((r) => OPEN_DEVIATIONS[r.fact.id] === undefined);
  const exact = rest.filter((r) => r.outcome.status === 'exact');
  const deviating = rest.filter((r) => r.outcome.status === 'deviating');
  const notImplemented = rest.filter((r) => r.outcome.status === 'not implemented');
  console.log(
    `facts: ${exact.length} exact, ${deviating.length} deviating, ${notImplemented.length} not implemented` +
      (open.length ? `, ${open.length} OPEN (known defects with an owning issue, not counted as exact)` : '') +
      ` — ${FACTS.length} facts`,
  );
  if (open.length) console.log(`OPEN deviations (being fixed):\n${open.map(line).join('\n')}`);
  if (deviating.length) console.log(`deviating:\n${deviating.map(line).join('\n')}`);
  if (notImplemented.length) console.log(`not implemented:\n${notImplemented.map(line).join('\n')}`);

  const unexplained = [...deviating, ...notImplemented].filter((r) => r.fact.confidence === 'F' && !r.fact.decision);
  const staleOpen = open.filter((r) => r.outcome.status === 'exact').map((r) => r.fact.id);
  const unknownOpen = Object.keys(OPEN_DEVIATIONS).filter((id) => !FACTS.some((f) => f.id === id));
  assert.deepEqual(
    { unexplained: unexplained.map((r) => r.fact.id), staleOpen, unknownOpen },
    { unexplained: [], staleOpen: [], unknownOpen: [] },
    'unexplained: an [F] fact the contract breaks without a decision (fix the contract, or list it in OPEN_DEVIATIONS ' +
      'while a fix is in flight); staleOpen: an OPEN deviation that is exact now (remove it from OPEN_DEVIATIONS)',
  );
});
