// Interop with gSOAP (gsoap, libgsoap-dev, g++): wsdl2h and soapcpp2 with their default options (wsdl2h without
// -k, so the DFDG headers carry SOAP-ENV:mustUnderstand="1"; soapcpp2 -C -x only leaves out the server side and the
// sample messages) import every served WSDL, each on its own into a temp dir (WsrmService by the recipe of
// docs/interop.md); the client build generates just the two services it calls (a typemap only names their
// namespaces' prefixes), g++ compiles test/interop/gsoap_client.cpp against libgsoap++ (kept while the generated code
// and the toolchain are unchanged: test/support/nativeProgram.ts), and the client puts both
// DFDG headers in soap->header, the generated struct SOAP_ENV__Header, and makes the calls every stack makes
// (./facade.ts).
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
import { nativeProgram } from '../support/nativeProgram.ts';

const GSOAP_IMPORT = '/usr/share/gsoap/import';
/**
 * gSOAP's wsdl2h takes every `http://docs.oasis-open.org/ws-rx/wsrm/*` namespace for its built-in WS-RM policy
 * namespace and types WsrmService's elements as raw XML. The recipe of docs/interop.md ("gSOAP and WsrmService"):
 * wsdl2h reads the WSDL and its schemas with that namespace renamed, and the real one goes back into the header
 * before soapcpp2, which has no such built-in.
 */
const WS_RX = 'http://docs.oasis-open.org/ws-rx/wsrm/200602';
const WS_RX_PLACEHOLDER = 'urn:dfdg:placeholder:ws-rx-wsrm-200602';

/** The time stamp wsdl2h and soapcpp2 write into the code they generate (left out of the build's cache key). */
const GENERATED_AT = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d GMT/g;

let facade: InteropFacade;

before(async () => {
  facade = await startFacade('gsoap');
});
after(() => facade?.close());

/** wsdl2h then soapcpp2 in `dir`: 'ok', or what they said; `edit` may change the header between the two. */
async function generate(
  dir: string,
  header: string,
  wsdls: string[],
  options: { wsdl2h?: string[]; edit?: (header: string) => string } = {},
): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const wsdl2h = await run('wsdl2h', [...(options.wsdl2h ?? []), '-o', header, ...wsdls], { cwd: dir });
  if (wsdl2h.code !== 0 || /error/i.test(wsdl2h.stderr)) return `wsdl2h exited ${wsdl2h.code}:\n${wsdl2h.stderr}`;
  const file = path.join(dir, header);
  if (options.edit) fs.writeFileSync(file, options.edit(fs.readFileSync(file, 'utf8')));
  if (/typedef _XML _/.test(fs.readFileSync(file, 'utf8'))) return `wsdl2h typed elements as raw XML (_XML)`;
  const soapcpp2 = await run('soapcpp2', ['-C', '-x', `-I${GSOAP_IMPORT}`, header], { cwd: dir });
  const said = `${soapcpp2.stdout}\n${soapcpp2.stderr}`;
  if (soapcpp2.code !== 0 || /\*WARNING\*|error/i.test(said)) return `soapcpp2 exited ${soapcpp2.code}:\n${said}`;
  return 'ok';
}

/** One WSDL the way a gSOAP user imports it: as served, or by the recipe above for WsrmService. */
async function importWsdl(dir: string, name: string, url: string): Promise<string> {
  if (name !== 'WsrmService') return generate(dir, 'service.h', [url]);
  const wsdl = await copyServed(url, path.join(dir, 'wsdl'), (text) => text.replaceAll(WS_RX, WS_RX_PLACEHOLDER));
  return generate(dir, 'service.h', [wsdl], { edit: (h) => h.replaceAll(WS_RX_PLACEHOLDER, WS_RX) });
}

test('gSOAP wsdl2h + soapcpp2 + g++: every WSDL, GetPersonExempts and CreateAbsence with soap->header, a DFDG fault', async (t) => {
  const wsdls = servedWsdls(facade);
  const imported: Record<string, string> = {};
  for (const w of wsdls) imported[w.name] = await importWsdl(path.join(facade.tmp, 'import', w.name), w.name, w.url);
  await checkImports(t, imported);

  const build = path.join(facade.tmp, 'client');
  const calls = ['PersonVisitationStatusService', 'AbsenceRegistrationService'];
  const generated = await generate(
    build,
    'calls.h',
    calls.map((name) => wsdls.find((w) => w.name === name)!.url),
    { wsdl2h: ['-t', path.join(INTEROP_DIR, 'gsoap_typemap.dat')] },
  );
  assert.equal(generated, 'ok');
  const exe = path.join(build, 'client');
  assertRan(
    'g++',
    await nativeProgram(
      'g++',
      [
        '-O0',
        '-w',
        '-I.',
        '-o',
        exe,
        path.join(INTEROP_DIR, 'gsoap_client.cpp'),
        'soapC.cpp',
        'soapClient.cpp',
        '-DWITH_OPENSSL', // mTLS: the same struct soap as libgsoapssl++
        '-lgsoapssl++',
        '-lssl',
        '-lcrypto',
      ],
      build,
      exe,
      [facade.baseUrl, GENERATED_AT],
    ),
  );
  const r = await run(exe, [
    endpoint(facade, 'PersonVisitationStatusService'),
    endpoint(facade, 'AbsenceRegistrationService'),
    CPR,
    START,
    END,
  ]);
  assert.equal(r.code, 0, r.stderr);
  await checkCalls(t, 'gsoap', facade, callResults(r));
});
