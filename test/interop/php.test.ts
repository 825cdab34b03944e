// Interop with PHP's SoapClient (php-cli, php-soap): a SoapClient from every served WSDL, then the calls every
// stack makes (./facade.ts), both DFDG headers as SoapHeader objects with mustUnderstand=true (test/interop/php_client.php).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  CPR,
  END,
  INTEROP_DIR,
  START,
  callResults,
  checkCalls,
  run,
  servedWsdls,
  startFacade,
  checkImports,
  type InteropFacade,
} from './facade.ts';

const PHP = '/usr/bin/php';
let facade: InteropFacade;

before(async () => {
  facade = await startFacade('php');
});
after(() => facade?.close());

test('PHP SoapClient: every WSDL, GetPersonExempts and CreateAbsence with SoapHeaders, a DFDG fault', async (t) => {
  const wsdls = servedWsdls(facade);
  const r = await run(PHP, [
    path.join(INTEROP_DIR, 'php_client.php'),
    CPR,
    START,
    END,
    ...wsdls.map((w) => `${w.name}=${w.url}`),
  ]);
  const results = callResults(r) as ReturnType<typeof callResults> & { imported: Record<string, string> };
  assert.equal(r.code, 0, r.stderr);
  await checkImports(t, results.imported);
  await checkCalls(t, 'php', facade, results);
});
