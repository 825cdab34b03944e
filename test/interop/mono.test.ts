// Interop with Mono's ASMX client (mono-devel): `wsdl` generates the proxies of every served WSDL (copied locally)
// into a temp dir in one run, mcs compiles them with test/interop/mono_client.cs, which sets both DFDG headers on the proxies'
// generated SoapHeader members and makes the calls every stack makes (./facade.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  CPR,
  END,
  INTEROP_DIR,
  START,
  assertRan,
  callResults,
  checkCalls,
  checkImports,
  copyServed,
  endpoint,
  run,
  servedWsdls,
  startFacade,
  type InteropFacade,
} from './facade.ts';

let facade: InteropFacade;

before(async () => {
  facade = await startFacade('mono');
});
after(() => facade?.close());

test("Mono wsdl + mcs: every WSDL, GetPersonExempts and CreateAbsence with the proxies' SoapHeader members, a DFDG fault", async (t) => {
  const wsdls = servedWsdls(facade);
  const proxies = path.join(facade.tmp, 'proxies.cs');
  // Mono's `wsdl` fetches with the system's trust store only: it imports local copies of the served documents
  // (their soap:address still names the facade's HTTPS endpoint); the client checks the CA itself.
  const local = await Promise.all(wsdls.map((w) => copyServed(w.url, path.join(facade.tmp, 'served'))));
  const generated = await run('wsdl', ['-nologo', `-out:${proxies}`, ...local]);
  assertRan('wsdl', generated);
  const source = fs.readFileSync(proxies, 'utf8');
  // One proxy class per WSDL binding (`Kontaktforloeb.FristServiceBinding` becomes KontaktforloebFristServiceBinding).
  const proxyOf = (name: string) =>
    new RegExp(
      `class ${name.replaceAll('.', '')}Binding : System\\.Web\\.Services\\.Protocols\\.SoapHttpClientProtocol`,
    );
  await checkImports(
    t,
    Object.fromEntries(wsdls.map((w) => [w.name, proxyOf(w.name).test(source) ? 'ok' : 'no proxy class'])),
  );

  const exe = path.join(facade.tmp, 'client.exe');
  assertRan(
    'mcs',
    await run('mcs', [
      '-nologo',
      `-out:${exe}`,
      '-r:System.Web.Services.dll',
      path.join(INTEROP_DIR, 'mono_client.cs'),
      proxies,
    ]),
  );
  const r = await run('mono', [
    exe,
    endpoint(facade, 'PersonVisitationStatusService'),
    endpoint(facade, 'AbsenceRegistrationService'),
    CPR,
    START,
    END,
  ]);
  assert.equal(r.code, 0, r.stderr);
  await checkCalls(t, 'mono', facade, callResults(r));
});
