// Interop with JAX-WS (the RI Debian ships: jaxws for wsimport, libjaxws-java at run time, on JDK 17): wsimport
// generates the sources of every served WSDL into a temp dir in one JVM (test/interop/jaxws_import.java), javac
// compiles test/interop/jaxws_client.java with just the generated classes it uses (and every package-info, which
// carries the namespaces), and the client adds both DFDG headers as the port's outbound headers
// (WSBindingProvider) and makes the calls every stack makes (./facade.ts).
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
  run,
  servedWsdls,
  startFacade,
  type InteropFacade,
} from './facade.ts';
import { javaProgram } from '../support/javaProgram.ts';

const JARS = '/usr/share/java';
/** The JAX-WS RI at run time and what it needs beside JDK 17 (which no longer has JAX-WS, JAXB or SAAJ). */
const RUNTIME = [
  'jaxws-rt',
  'jaxws-api',
  'jws-api',
  'jaxb-api',
  'jaxb-runtime',
  'jaxb-core',
  'jaxb-impl',
  'javax.activation',
  'saaj-impl',
  'javax.xml.soap-api',
  'stax-ex',
  'streambuffer',
  'istack-commons-runtime',
  'mimepull',
  'gmbal',
  'glassfish-management-api',
  'metro-policy',
  'FastInfoset',
].map((jar) => path.join(JARS, `${jar}.jar`));

/** Short-lived JVMs: the C1 compiler and the serial collector halve the CPU time of wsimport, javac and the client. */
const SHORT_JVM = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

let facade: InteropFacade;

before(async () => {
  facade = await startFacade('jaxws');
});
after(() => facade?.close());

function filesNamed(dir: string, name: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === name)
    .map((e) => path.join(e.parentPath, e.name));
}

test('JAX-WS wsimport + javac: every WSDL, GetPersonExempts and CreateAbsence with WSBindingProvider outbound headers, a DFDG fault', async (t) => {
  const wsdls = servedWsdls(facade);
  const sources = path.join(facade.tmp, 'generated');
  fs.mkdirSync(sources);
  const wsimport = await javaProgram(path.join(INTEROP_DIR, 'jaxws_import.java'), [path.join(JARS, 'jaxws-tools.jar')]);
  const imported = await run('java', [...SHORT_JVM, ...wsimport, sources, ...wsdls.map((w) => w.url)]);
  const failed = new Set(imported.stdout.split('\n').filter(Boolean));
  assert.ok(imported.code === 0 || failed.size > 0, `wsimport exited ${imported.code}:\n${imported.stderr}`);
  // wsimport writes one javax.xml.ws.Service per WSDL service (`Kontaktforloeb.FristService`: KontaktforloebFristService).
  const serviceClass = (name: string) =>
    filesNamed(sources, `${name.replaceAll('.', '')}.java`).some((f) =>
      fs.readFileSync(f, 'utf8').includes('extends Service'),
    );
  await checkImports(
    t,
    Object.fromEntries(
      wsdls.map((w) => [
        w.name,
        failed.has(w.url) ? imported.stderr : serviceClass(w.name) ? 'ok' : 'no Service class',
      ]),
    ),
  );

  const classes = path.join(facade.tmp, 'classes');
  const classpath = RUNTIME.join(path.delimiter);
  assertRan(
    'javac',
    await run('javac', [
      ...SHORT_JVM.map((option) => `-J${option}`),
      '-nowarn',
      '-cp',
      classpath,
      '-sourcepath',
      sources,
      '-d',
      classes,
      path.join(INTEROP_DIR, 'jaxws_client.java'),
      ...filesNamed(sources, 'package-info.java'),
    ]),
  );
  const r = await run('java', [
    ...SHORT_JVM,
    '-cp',
    [classes, classpath].join(path.delimiter),
    'JaxwsClient',
    CPR,
    START,
    END,
  ]);
  assert.equal(r.code, 0, r.stderr);
  await checkCalls(t, 'jax-ws', facade, callResults(r));
});
