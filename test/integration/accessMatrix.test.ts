// The cross-tenant access matrix over real SOAP (issue 12): for every served operation (found through the
// services' access declarations, so a new operation is covered without touching this file), its contract sample
// (test/samples/<Service>/<Operation>.request.xml) is sent by one organisation of every type — STAR, UDK, a-kasse,
// Anden Aktør, kommune, jobcentre, company — and by a citizen user (type 1) through a jobcentre and through
// Jobnet, about the callers' own citizen and about another's. Each cell must answer what its declaration implies
// (test/support/accessMatrix.ts): the access fault, with nothing written, or no access fault at all (success or
// the sample's business fault). The declarations themselves are pinned in docs/access-matrix.md: loosening one
// fails the first test until the table is rewritten (ACCESS_MATRIX=write) and the change is reviewed.
//
// Cost: one facade on SQLite only (the access checks run before any SQL that differs between dialects; the
// dialect suites of each service cover the rest), ~1,100 requests, the scenario reloaded once per operation.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type https from 'node:https';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Knex } from 'knex';
import { CITIZEN_USER_TYPE } from '../../src/access/model.ts';
import { CivilRegistrationIdentifierElement } from '../../src/contract/generated/services.ts';
import { parseScenario, loadScenario } from '../../src/cli/scenario.ts';
import {
  ACCESS_CODES,
  BEFORE_ACCESS_CODES,
  MATRIX_CALLERS,
  expectation,
  matrixOperations,
  renderMatrix,
  type MatrixOperation,
  type Whose,
} from '../support/accessMatrix.ts';
import { testDatabases, type TestDatabase } from '../support/databases.ts';
import { clearJobOrders, clearOffers, clearOutbox, clearSubscriptions } from '../support/outbox.ts';
import {
  activeOrganisationHeader,
  requestUserMetadataHeader,
  rowCounts,
  startHarness,
  type Caller,
  type Harness,
} from '../support/soapHarness.ts';
import { assertValidResponse } from '../support/wireValidation.ts';
import { CPR, baseScenario } from './scenario.ts';
import { clientAgent, facadeFetch } from '../support/tls.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CIVIL_REGISTRATION_NS = CivilRegistrationIdentifierElement.ns;
const PINNED = path.join(ROOT, 'docs/access-matrix.md');
const SAMPLES = path.join(ROOT, 'test/samples');
const OWN = CPR.member; // a-kasse 81, jobcentre 10100, municipality 101
const OTHER = CPR.otherJobcenter; // a-kasse 99, jobcentre 20100
const BUSINESS_DATE = '2025-03-03';
const ops = matrixOperations();
/** What the cells answered, for the closing count. */
const tally = { refusedAsDeclared: 0, succeeded: 0, businessFault: new Map<string, number>() };

const PINNED_HEAD =
  '# Access matrix\n\n' +
  'Generated from the access declarations of every served operation (`test/support/accessMatrix.ts`) and checked by\n' +
  '`test/integration/accessMatrix.test.ts`, which also sends every cell over SOAP. After a deliberate change of a\n' +
  'declaration, rewrite it with `ACCESS_MATRIX=write node --import tsx scripts/run-tests.ts\n' +
  'test/integration/accessMatrix.test.ts` and review the diff: a loosened cell shows there.\n\n';

test('docs/access-matrix.md is the table the access declarations make (a loosened declaration fails here)', () => {
  const generated = PINNED_HEAD + renderMatrix(ops);
  if (process.env.ACCESS_MATRIX === 'write') fs.writeFileSync(PINNED, generated);
  assert.equal(fs.readFileSync(PINNED, 'utf8'), generated, 'rewrite with ACCESS_MATRIX=write and review the diff');
});

/** The sample request as `caller` sends it about `cpr`: the sample's headers replaced, every CPR in it set. */
function requestBody(op: MatrixOperation, caller: Caller, cpr: string): string {
  const file = path.join(SAMPLES, op.service, `${op.operation}.request.xml`);
  const sample = fs.readFileSync(file, 'utf8');
  // JobnetCitizenStatusService names the citizen in a header of its own (D-131): it is kept, about `cpr`.
  const citizenHeader = /<(\w+):CivilRegistrationIdentifier\b[^>]*>/.test(sample)
    ? `<cri:CivilRegistrationIdentifier xmlns:cri="${CIVIL_REGISTRATION_NS}">${cpr}</cri:CivilRegistrationIdentifier>`
    : '';
  const headers = activeOrganisationHeader(caller) + requestUserMetadataHeader(caller) + citizenHeader;
  const withHeaders = sample.replace(/<(\w+):Header>[\s\S]*?<\/\1:Header>/, `<$1:Header>${headers}</$1:Header>`);
  assert.notEqual(withHeaders, sample, `${file} has a SOAP Header to replace`);
  const forCitizen = withHeaders.replace(
    /(<(?:\w+:)?(?:PersonCivilRegistrationIdentifier|Personnummer)>)\d{10}(<\/)/g, // Personnummer: PensionService
    (_m, open: string, close: string) => `${open}${cpr}${close}`,
  );
  // A citizen user's summons is their self-booking (conventions.md §1.3); anything else is refused after access.
  return caller.userType === CITIZEN_USER_TYPE ? selfBooked(forCitizen) : forCitizen;
}

const selfBooked = (body: string) => body.replace(/<(\w+:)?SelfBooked>false</, '<$1SelfBooked>true<');

/** Posts the request as a SOAP client does; the faultcode of the answer (null when it succeeded). */
async function send(h: Harness, op: MatrixOperation, body: string, agent?: https.Agent): Promise<string | null> {
  const res = await facadeFetch(h.url + op.endpointPath, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${op.soapAction}"` },
    body,
    agent,
  });
  const text = await res.text();
  assertValidResponse(text, `${op.service}.${op.operation}`);
  if (res.status === 200) return null;
  const code = /<faultcode[^>]*>([^<]*)<\/faultcode>/.exec(text)?.[1];
  assert.ok(code, `${op.service}.${op.operation}: HTTP ${res.status} without a faultcode`);
  return code;
}

describe('cross-tenant access matrix over SOAP [sqlite]', () => {
  let database: TestDatabase;
  let h: Harness;
  let db: Knex;
  const scenario = parseScenario(baseScenario);
  const fresh = async () => {
    await clearOutbox(db);
    await clearSubscriptions(db);
    await clearOffers(db);
    await clearJobOrders(db);
    await loadScenario(db, scenario);
  };
  before(async () => {
    database = await testDatabases()
      .find((f) => f.dialect === 'sqlite')!
      .open();
    db = database.db;
    h = await startHarness(db, BUSINESS_DATE);
  });
  after(async () => {
    await h?.close();
    await database?.close();
  });

  for (const op of ops) {
    const citizens: Whose[] = op.access.citizen ? ['own', 'other'] : [null];
    test(`${op.service}.${op.operation}: ${MATRIX_CALLERS.length} callers × ${citizens.length} citizen(s)`, async () => {
      await fresh();
      const wrong: string[] = [];
      for (const c of MATRIX_CALLERS) {
        for (const whose of citizens) {
          const expected = expectation(op.access, c, whose);
          const body = requestBody(op, c.caller(OWN), whose === 'other' ? OTHER : OWN);
          const counts = expected.passes ? null : await rowCounts(db);
          const code = await send(h, op, body);
          const cell = `${c.label} about ${whose ?? 'no'} citizen`;
          if (expected.passes) {
            if (code !== null && (ACCESS_CODES.has(code) || BEFORE_ACCESS_CODES.has(code)))
              wrong.push(`${cell}: expected to pass access, got ${code}`);
            else if (code === null) tally.succeeded++;
            else tally.businessFault.set(code, (tally.businessFault.get(code) ?? 0) + 1);
          } else {
            if (code !== expected.code) wrong.push(`${cell}: expected ${expected.code}, got ${code ?? 'success'}`);
            else if (JSON.stringify(await rowCounts(db)) !== JSON.stringify(counts))
              wrong.push(`${cell}: refused with ${code} but wrote`);
            else tally.refusedAsDeclared++;
          }
        }
      }
      assert.deepEqual(wrong, [], `${op.service}.${op.operation}`);
    });
  }

  test('issue 12: without a client certificate every operation of every SOAP endpoint answers 1101 and writes nothing', async () => {
    await fresh();
    const anonymous = clientAgent(null);
    try {
      const counts = await rowCounts(db);
      const wrong: string[] = [];
      for (const op of ops) {
        const code = await send(h, op, requestBody(op, MATRIX_CALLERS[0]!.caller(OWN), OWN), anonymous);
        if (code !== '1101') wrong.push(`${op.service}.${op.operation}: ${code ?? 'success'}`);
      }
      assert.deepEqual(wrong, []);
      assert.deepEqual(await rowCounts(db), counts, 'nothing written');
    } finally {
      anonymous.destroy();
    }
  });

  test('the matrix ran every cell: refusals as declared, and passing cells that succeeded or met a business fault', (t) => {
    const cells = ops.reduce((n, op) => n + MATRIX_CALLERS.length * (op.access.citizen ? 2 : 1), 0);
    const business = [...tally.businessFault.values()].reduce((a, b) => a + b, 0);
    t.diagnostic(
      `${ops.length} operations, ${cells} cells: ${tally.refusedAsDeclared} refused as declared, ` +
        `${tally.succeeded} succeeded, ${business} passed access to a business fault ` +
        `(${[...tally.businessFault].map(([c, n]) => `${c}×${n}`).join(', ')})`,
    );
    assert.equal(tally.refusedAsDeclared + tally.succeeded + business, cells);
    assert.ok(tally.succeeded > 0 && tally.refusedAsDeclared > 0);
  });

  test('issue 12 defect 7: a citizen user (type 1) under a jobcentre is refused on caseworker operations (4575), books and registers a self-booked summons only for their own CPR (4959)', async () => {
    await fresh();
    const citizen = { organisationType: 8, organisationCode: '10100', userType: 1, userIdentifier: OWN };
    const named = (service: string, operation: string) =>
      ops.find((o) => o.service === service && o.operation === operation)!;
    const cases: [MatrixOperation, string, string][] = [
      [named('AbsenceRegistrationService', 'CreateAbsence'), OWN, '4575'],
      [named('Kontaktforloeb.IndkaldelseService', 'CreateIndkaldelse'), OWN, '4575'],
      [named('PersonRegistrationService', 'CreateContactGroup'), OWN, '4575'],
      [named('BorgerBookingService', 'CreateBooking'), OTHER, '4959'],
      [named('BorgerBookingService', 'GetSelfbookInterviewOptions'), OTHER, '4922'],
    ];
    const selfBookedSummons = (op: MatrixOperation, caller: Caller, cpr: string) => {
      const body = requestBody(op, caller, cpr);
      assert.match(body, /SelfBooked>true</);
      return body;
    };
    const notSelfBooked = (op: MatrixOperation, caller: Caller, cpr: string) =>
      requestBody(op, caller, cpr).replace(/<(\w+:)?SelfBooked>true</, '<$1SelfBooked>false<');
    for (const [op, cpr, code] of cases) {
      const counts = await rowCounts(db);
      const body =
        op.operation === 'CreateIndkaldelse' ? notSelfBooked(op, citizen, cpr) : requestBody(op, citizen, cpr);
      assert.equal(await send(h, op, body), code, `${op.operation} about ${cpr}`);
      // A self-booked summons is the citizen's own (an a-kasse's self-booking system registers it as the
      // citizen, conventions.md §1.3): for another CPR it is the documented 4959.
      if (op.operation === 'CreateIndkaldelse')
        assert.equal(await send(h, op, selfBookedSummons(op, citizen, OTHER)), '4959', 'SelfBooked, other CPR');
      assert.deepEqual(await rowCounts(db), counts, `${op.operation}: nothing written`);
    }
    const summons = named('Kontaktforloeb.IndkaldelseService', 'CreateIndkaldelse');
    const ownSelfBooked = await send(h, summons, selfBookedSummons(summons, citizen, OWN));
    assert.ok(!ACCESS_CODES.has(ownSelfBooked ?? ''), `own self-booked summons passes access, got ${ownSelfBooked}`);
    assert.notEqual(ownSelfBooked, '4959');
    // The citizen's own self-service passes the user check (the empty offer list is the scenario's business).
    const own = named('BorgerBookingService', 'GetSelfbookInterviewOptions');
    assert.ok(!ACCESS_CODES.has((await send(h, own, requestBody(own, citizen, OWN))) ?? ''));
  });
});
