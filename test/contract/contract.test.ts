// Contract tests with two independent validators: every XSD and every WSDL's types schema compiles in libxml2
// (xmllint) and in Java Xerces (the JDK's javax.xml.validation, driven by XercesBatch.java beside this file);
// every sample under test/samples validates in both against the XSD of its namespace (Body child, each SOAP
// header, the fault detail, the WSRM payload); every invalid sample fails in both; and every WSDL operation has
// a request and a response sample.
//
// Cost: all Xerces checks run in one JVM (XercesBatch.java makes xsd-schema-validator's checks in a batch: its
// JVM per check, 160 of them, cost ~90 s of CPU); they are de-duplicated (identical element + schema = one
// check) and done once in `before`. xmllint takes many files per call, so it runs once for all samples.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { XmlDocument, type XmlElement, type XmlTreeNode } from 'libxml2-wasm';
import { javaProgram } from '../support/javaProgram.ts';

const exec = promisify(execFile);
// CONTRACT_ROOT points the test at a copy of the repository (to check that it catches a broken contract).
const ROOT = process.env.CONTRACT_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const XSD_DIR = path.join(ROOT, 'xsd');
const WSDL_DIR = path.join(ROOT, 'wsdl');
const SAMPLES = path.join(ROOT, 'test/samples');
const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const WSDL_NS = 'http://schemas.xmlsoap.org/wsdl/';
const XS_NS = 'http://www.w3.org/2001/XMLSchema';
const XERCES_BATCH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'XercesBatch.java');

// ---------- helpers ----------

function children(parent: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n: XmlTreeNode | null = parent.firstChild; n; n = n.next) if ('attrs' in n) out.push(n as XmlElement);
  return out;
}

function child(parent: XmlElement, ns: string, name: string): XmlElement | undefined {
  return children(parent).find((e) => e.namespaceUri === ns && e.name === name);
}

/** The element as a standalone document: its text plus every namespace declaration it inherits. */
function standalone(el: XmlElement): string {
  const declared = el.nsDeclarations;
  const inherited = Object.entries(el.namespaces).filter(([prefix]) => prefix !== 'xml' && !(prefix in declared));
  const decls = inherited.map(([prefix, uri]) => (prefix ? ` xmlns:${prefix}="${uri}"` : ` xmlns="${uri}"`)).join('');
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + el.toString().replace(/^<([^\s/>]+)/, `<$1${decls}`);
}

function withDoc<T>(file: string, fn: (root: XmlElement) => T): T {
  const doc = XmlDocument.fromBuffer(fs.readFileSync(file));
  try {
    return fn(doc.root);
  } finally {
    doc.dispose();
  }
}

interface Verdict {
  valid: boolean;
  /** The schema itself failed to load/compile (as opposed to the instance being invalid). */
  schemaError: boolean;
  messages: string[];
}

/** Xerces verdicts for (instance, schema) pairs, in order, from one JVM (XercesBatch.java). */
async function xercesBatch(checks: readonly { file: string; schema: string }[]): Promise<Verdict[]> {
  const java = spawn('java', await javaProgram(XERCES_BATCH), { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  java.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  java.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve, reject) => {
    java.once('error', reject);
    java.once('close', resolve);
  });
  java.stdin.end(checks.map((c) => `${c.file}\t${c.schema}\n`).join(''));
  const code = await exited;
  const verdicts: Verdict[] = checks.map(() => ({ valid: false, schemaError: false, messages: [] }));
  const done = new Set<number>();
  for (const line of stdout.split('\n')) {
    const [kind, n, text] = line.split('\t');
    const v = verdicts[Number(n)];
    if (!v) continue;
    if (kind === 'MSG') v.messages.push(text ?? '');
    if (kind === 'RESULT') {
      v.valid = text === 'OK';
      // A schema that does not load ends in FATAL_ERROR; an instance error is WITH_ERRORS.
      v.schemaError = text === 'FATAL_ERROR';
      done.add(Number(n));
    }
  }
  if (code !== 0 || done.size !== checks.length)
    throw new Error(`XercesBatch.java: exit ${code}, ${done.size} of ${checks.length} verdicts\n${stderr}`);
  return verdicts;
}

/** xmllint over many files at once; per-file verdicts read from its "validates"/"fails to validate" lines. */
async function xmllint(
  files: readonly string[],
  schema: string,
): Promise<{ verdicts: Map<string, Verdict>; stderr: string }> {
  let stderr: string;
  try {
    stderr = (await exec('xmllint', ['--noout', '--nonet', '--schema', schema, ...files], { maxBuffer: 16 << 20 }))
      .stderr;
  } catch (err) {
    stderr = (err as { stderr?: string }).stderr ?? String(err);
  }
  const schemaError = /failed to compile|parser error|failed to load|Schemas parser|WXS schema .* failed/i.test(
    stderr
      .split('\n')
      .filter((l) => !files.some((f) => l.startsWith(f + ':')))
      .join('\n'),
  );
  const verdicts = new Map<string, Verdict>();
  for (const f of files) {
    const ok = stderr.includes(`${f} validates`);
    const messages = stderr.split('\n').filter((l) => l.startsWith(f + ':'));
    verdicts.set(f, { valid: ok && !schemaError, schemaError, messages: schemaError ? [stderr.trim()] : messages });
  }
  return { verdicts, stderr };
}

function targetNamespace(xsdFile: string): string {
  return withDoc(xsdFile, (root) => root.attr('targetNamespace')?.value ?? '');
}

function describeVerdict(v: Verdict | undefined): string {
  return v ? v.messages.join('\n') || '(no message)' : '(not run)';
}

// ---------- the contract on disk ----------

const xsdFiles = fs
  .readdirSync(XSD_DIR)
  .filter((f) => f.endsWith('.xsd'))
  .sort()
  .map((f) => path.join(XSD_DIR, f));
// The served WSDLs and those of the services the facade calls (wsdl/outbound/).
const wsdlFiles = [WSDL_DIR, path.join(WSDL_DIR, 'outbound')].flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.wsdl'))
    .sort()
    .map((f) => path.join(dir, f)),
);
const xsdByNamespace = new Map(xsdFiles.map((f) => [targetNamespace(f), f]));

interface WsdlOperation {
  service: string;
  name: string;
  requestElement: { ns: string; name: string };
  responseElement: { ns: string; name: string };
  /** The header elements the binding declares on the input. */
  headers: string[];
}

/** Operations of a WSDL's portType with the global elements of their input/output messages. */
function wsdlOperations(file: string): WsdlOperation[] {
  return withDoc(file, (root) => {
    const service = path.basename(file, '.wsdl');
    const resolveQName = (el: XmlElement, qname: string) => {
      const [prefix, local] = qname.includes(':') ? qname.split(':') : ['', qname];
      return { ns: el.namespaceForPrefix(prefix!) ?? '', name: local! };
    };
    const messages = new Map<string, { ns: string; name: string }>();
    for (const m of children(root).filter((e) => e.namespaceUri === WSDL_NS && e.name === 'message')) {
      const part = child(m, WSDL_NS, 'part')!;
      messages.set(m.attr('name')!.value, resolveQName(part, part.attr('element')!.value));
    }
    const headersOf = new Map<string, string[]>();
    for (const b of children(root).filter((e) => e.namespaceUri === WSDL_NS && e.name === 'binding')) {
      for (const op of children(b).filter((e) => e.namespaceUri === WSDL_NS && e.name === 'operation')) {
        const input = child(op, WSDL_NS, 'input');
        const declared = (input ? children(input) : []).filter((e) => e.name === 'header');
        headersOf.set(
          op.attr('name')!.value,
          declared.map((h) => messages.get(resolveQName(h, h.attr('message')!.value).name)!.name),
        );
      }
    }
    const ops: WsdlOperation[] = [];
    for (const pt of children(root).filter((e) => e.namespaceUri === WSDL_NS && e.name === 'portType')) {
      for (const op of children(pt).filter((e) => e.namespaceUri === WSDL_NS && e.name === 'operation')) {
        const msg = (dir: string) => {
          const io = child(op, WSDL_NS, dir)!;
          return messages.get(resolveQName(io, io.attr('message')!.value).name)!;
        };
        ops.push({
          service,
          name: op.attr('name')!.value,
          requestElement: msg('input'),
          responseElement: msg('output'),
          headers: headersOf.get(op.attr('name')!.value) ?? [],
        });
      }
    }
    return ops;
  });
}

// ---------- the items to validate ----------

interface Item {
  id: string;
  /** Extracted standalone element file. */
  file: string;
  /** The XSD of the element's namespace (or the WSDL types schema). */
  schema: string;
  expectValid: boolean;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-'));
const items: Item[] = [];
const extractionErrors: string[] = [];
let itemSeq = 0;

function addElement(id: string, el: XmlElement, expectValid: boolean, schema?: string): void {
  const xsd = schema ?? xsdByNamespace.get(el.namespaceUri);
  if (!xsd) {
    extractionErrors.push(`${id}: no XSD has targetNamespace ${el.namespaceUri} (element ${el.name})`);
    return;
  }
  const file = path.join(tmp, `${String(++itemSeq).padStart(3, '0')}-${el.name}.xml`);
  fs.writeFileSync(file, standalone(el));
  items.push({ id, file, schema: xsd, expectValid });
}

function addEnvelope(relative: string, expectValid: boolean): void {
  withDoc(path.join(SAMPLES, relative), (root) => {
    assert.equal(root.namespaceUri, SOAP11, `${relative}: root must be a SOAP 1.1 Envelope`);
    assert.equal(root.name, 'Envelope');
    const header = child(root, SOAP11, 'Header');
    for (const h of header ? children(header) : []) addElement(`${relative} header ${h.name}`, h, true);
    const body = child(root, SOAP11, 'Body');
    assert.ok(body, `${relative}: no Body`);
    const [payload] = children(body);
    assert.ok(payload, `${relative}: empty Body`);
    if (payload.namespaceUri === SOAP11 && payload.name === 'Fault') {
      const detail = children(payload).find((e) => e.name === 'detail');
      assert.ok(detail, `${relative}: Fault without detail`);
      for (const d of children(detail)) addElement(`${relative} fault detail ${d.name}`, d, expectValid);
    } else addElement(`${relative} body ${payload.name}`, payload, expectValid);
  });
}

const operations = wsdlFiles.flatMap(wsdlOperations);
const sampleEnvelopes = fs
  .readdirSync(SAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['invalid', 'faults', 'wsrm'].includes(d.name))
  .flatMap((d) =>
    fs
      .readdirSync(path.join(SAMPLES, d.name))
      .filter((f) => f.endsWith('.xml'))
      .map((f) => `${d.name}/${f}`),
  )
  .sort();
const faultSamples = fs
  .readdirSync(path.join(SAMPLES, 'faults'))
  .filter((f) => f.endsWith('.xml'))
  .map((f) => `faults/${f}`);
const wsrmSamples = fs
  .readdirSync(path.join(SAMPLES, 'wsrm'))
  .filter((f) => f.endsWith('.xml'))
  .map((f) => `wsrm/${f}`);
const invalidSamples = fs
  .readdirSync(path.join(SAMPLES, 'invalid'))
  .filter((f) => f.endsWith('.xml'))
  .map((f) => `invalid/${f}`);

// Invalid samples carry valid headers: only their Body child is expected to fail.
function addInvalid(relative: string): void {
  withDoc(path.join(SAMPLES, relative), (root) => {
    const body = root.namespaceUri === SOAP11 ? child(root, SOAP11, 'Body') : undefined;
    const payload = body ? children(body)[0] : root;
    assert.ok(payload, `${relative}: empty Body`);
    addElement(`${relative} body ${payload.name}`, payload, false);
  });
}

// WSDL types schemas, written out with absolute schemaLocations so they compile outside wsdl/.
const wsdlSchemas = new Map<string, string>();
for (const wsdl of wsdlFiles) {
  withDoc(wsdl, (root) => {
    const types = child(root, WSDL_NS, 'types');
    const schema = types && child(types, XS_NS, 'schema');
    if (!schema) return;
    const text = standalone(schema).replace(
      /schemaLocation="([^"]+)"/g,
      (_m, loc: string) => `schemaLocation="${path.resolve(path.dirname(wsdl), loc)}"`,
    );
    const out = path.join(tmp, `wsdl-types-${path.basename(wsdl, '.wsdl')}.xsd`);
    fs.writeFileSync(out, text);
    wsdlSchemas.set(wsdl, out);
  });
}

// xmllint's entry schema: imports every XSD by file path.
const entrySchema = path.join(tmp, 'entry.xsd');
fs.writeFileSync(
  entrySchema,
  `<xs:schema xmlns:xs="${XS_NS}" targetNamespace="urn:contract-test:entry">\n` +
    [...xsdByNamespace].map(([ns, f]) => `  <xs:import namespace="${ns}" schemaLocation="${f}"/>`).join('\n') +
    '\n</xs:schema>\n',
);
const dummy = path.join(tmp, 'dummy.xml');
fs.writeFileSync(dummy, '<dummy/>\n');

// ---------- results, computed once ----------

const xmllintResults = new Map<string, Verdict>();
const xercesResults = new Map<string, Verdict>();
const xsdCompile = { xmllint: new Map<string, Verdict>(), xerces: new Map<string, Verdict>() };
const wsdlCompile = { xmllint: new Map<string, Verdict>(), xerces: new Map<string, Verdict>() };
const wsdlParse = new Map<string, string | null>();

before(async () => {
  for (const f of sampleEnvelopes) addEnvelope(f, true);
  for (const f of faultSamples) addEnvelope(f, true);
  for (const f of wsrmSamples) withDoc(path.join(SAMPLES, f), (root) => addElement(`${f} ${root.name}`, root, true));
  for (const f of invalidSamples) addInvalid(f);
  for (const w of wsdlFiles) {
    try {
      XmlDocument.fromBuffer(fs.readFileSync(w)).dispose();
      wsdlParse.set(w, null);
    } catch (err) {
      wsdlParse.set(w, String(err));
    }
  }

  // xmllint: one call for all samples; one call per schema for compilation.
  const lint = await xmllint(
    items.map((i) => i.file),
    entrySchema,
  );
  for (const i of items) xmllintResults.set(i.file, lint.verdicts.get(i.file)!);
  for (const x of xsdFiles) xsdCompile.xmllint.set(x, (await xmllint([dummy], x)).verdicts.get(dummy)!);
  for (const [w, s] of wsdlSchemas) wsdlCompile.xmllint.set(w, (await xmllint([dummy], s)).verdicts.get(dummy)!);

  // Xerces: de-duplicated checks, one JVM. Each XSD is compiled by validating samples against it; XSDs no sample
  // targets get one run with a dummy instance. Each WSDL types schema validates its first request sample.
  const runs = new Map<string, { file: string; schema: string }>();
  const key = (file: string, schema: string) =>
    createHash('sha1')
      .update(fs.readFileSync(file))
      .update('\0' + schema)
      .digest('hex');
  for (const i of items) runs.set(key(i.file, i.schema), { file: i.file, schema: i.schema });
  const sampled = new Set(items.map((i) => i.schema));
  for (const x of xsdFiles) if (!sampled.has(x)) runs.set(key(dummy, x), { file: dummy, schema: x });
  const wsdlRuns = new Map<string, string>();
  for (const [w, s] of wsdlSchemas) {
    const service = path.basename(w, '.wsdl');
    const sample = items.find((i) => i.id.startsWith(`${service}/`) && i.id.includes(' body ') && i.expectValid);
    const file = sample?.file ?? dummy;
    wsdlRuns.set(w, key(file, s));
    runs.set(key(file, s), { file, schema: s });
  }
  const keys = [...runs.keys()];
  const verdicts = await xercesBatch(keys.map((k) => runs.get(k)!));
  const byKey = new Map(keys.map((k, n) => [k, verdicts[n]!]));
  for (const i of items) xercesResults.set(i.file, byKey.get(key(i.file, i.schema))!);
  for (const x of xsdFiles) {
    const own = items.filter((i) => i.schema === x).map((i) => xercesResults.get(i.file)!);
    xsdCompile.xerces.set(x, own.find((v) => v.schemaError) ?? own[0] ?? byKey.get(key(dummy, x))!);
  }
  for (const [w, k] of wsdlRuns) wsdlCompile.xerces.set(w, byKey.get(k)!);
});

after(() => fs.rmSync(tmp, { recursive: true, force: true }));

// A dummy instance may fail ("No matching global declaration" / cvc-elt.1); a schema error may not.
function assertCompiles(v: Verdict | undefined, what: string): void {
  assert.ok(v, `${what}: not run`);
  assert.equal(v.schemaError, false, `${what} does not compile:\n${describeVerdict(v)}`);
  const unexpected = v.messages.filter(
    (m) => !/No matching global declaration|cvc-elt\.1|fails to validate|validates/.test(m),
  );
  if (!v.valid)
    assert.deepEqual(
      unexpected.filter((m) => /src-|s4s-|sch-props|schema_reference|parser error/.test(m)),
      [],
      `${what}:\n${describeVerdict(v)}`,
    );
}

// ---------- tests ----------

describe('schemas compile', () => {
  for (const x of xsdFiles) {
    const name = path.relative(ROOT, x);
    it(`${name} compiles in xmllint`, () => assertCompiles(xsdCompile.xmllint.get(x), `xmllint ${name}`));
    it(`${name} compiles in Xerces`, () => assertCompiles(xsdCompile.xerces.get(x), `Xerces ${name}`));
  }
});

describe('WSDLs', () => {
  for (const w of wsdlFiles) {
    const name = path.relative(ROOT, w);
    it(`${name} is well-formed and has a types schema`, () => {
      assert.equal(wsdlParse.get(w), null, `${name}: ${wsdlParse.get(w)}`);
      assert.ok(wsdlSchemas.has(w), `${name}: no <wsdl:types><xs:schema>`);
    });
    it(`${name} types schema compiles in xmllint`, () => assertCompiles(wsdlCompile.xmllint.get(w), `xmllint ${name}`));
    it(`${name} types schema compiles in Xerces (and validates a request sample)`, () => {
      const v = wsdlCompile.xerces.get(w);
      assertCompiles(v, `Xerces ${name}`);
      assert.ok(v!.valid, `Xerces ${name}:\n${describeVerdict(v)}`);
    });
  }
});

describe('every WSDL operation has samples matching its messages', () => {
  for (const op of operations) {
    it(`${op.service}.${op.name}`, () => {
      for (const [kind, element] of [
        ['request', op.requestElement],
        ['response', op.responseElement],
      ] as const) {
        const file = path.join(SAMPLES, op.service, `${op.name}.${kind}.xml`);
        assert.ok(fs.existsSync(file), `missing sample ${path.relative(ROOT, file)}`);
        const body = withDoc(file, (root) => {
          const b = child(root, SOAP11, 'Body');
          const p = b ? children(b)[0] : undefined;
          return p ? { ns: p.namespaceUri, name: p.name } : undefined;
        });
        assert.deepEqual(
          body,
          element,
          `${path.relative(ROOT, file)}: Body child must be the ${kind} element of the WSDL`,
        );
        if (kind === 'request') {
          const headers = withDoc(file, (root) => {
            const h = child(root, SOAP11, 'Header');
            return h ? children(h).map((e) => e.name) : [];
          });
          assert.deepEqual(headers.sort(), [...op.headers].sort(), 'the sample sends the headers the binding declares');
        }
      }
    });
  }
  it('no sample without an operation', () => {
    const known = new Set(
      operations.flatMap((op) => [`${op.service}/${op.name}.request.xml`, `${op.service}/${op.name}.response.xml`]),
    );
    assert.deepEqual(
      sampleEnvelopes.filter((f) => !known.has(f)),
      [],
    );
  });
});

describe('samples validate in both validators', () => {
  it('every sample element maps to an XSD', () => assert.deepEqual(extractionErrors, []));
  it('found the samples', () => {
    assert.ok(items.filter((i) => i.expectValid).length >= operations.length * 2 + 2);
    assert.ok(items.some((i) => i.id.startsWith('faults/') && i.id.includes('DfdgFault')));
    assert.ok(items.some((i) => i.id.startsWith('wsrm/')));
    assert.ok(invalidSamples.length >= 3);
  });
  // Registered lazily: the item list is built in `before`, so iterate over the sample files here.
  const ids = () => items;
  for (const sample of [...sampleEnvelopes, ...faultSamples, ...wsrmSamples]) {
    it(sample, () => {
      const mine = ids().filter((i) => i.id.startsWith(sample + ' '));
      assert.ok(mine.length > 0, `${sample}: nothing extracted`);
      for (const i of mine) {
        const lint = xmllintResults.get(i.file);
        const xer = xercesResults.get(i.file);
        assert.ok(lint?.valid, `xmllint rejects ${i.id}:\n${describeVerdict(lint)}`);
        assert.ok(xer?.valid, `Xerces rejects ${i.id} (${path.basename(i.schema)}):\n${describeVerdict(xer)}`);
      }
    });
  }
});

describe('invalid samples fail in both validators', () => {
  for (const sample of invalidSamples) {
    it(sample, () => {
      const [i] = items.filter((x) => x.id.startsWith(sample + ' '));
      assert.ok(i, `${sample}: nothing extracted`);
      const lint = xmllintResults.get(i.file)!;
      const xer = xercesResults.get(i.file)!;
      assert.equal(lint.valid, false, `xmllint accepts ${i.id}`);
      assert.equal(
        lint.schemaError,
        false,
        `xmllint: schema error instead of an instance error:\n${describeVerdict(lint)}`,
      );
      assert.equal(xer.valid, false, `Xerces accepts ${i.id}`);
      assert.equal(
        xer.schemaError,
        false,
        `Xerces: schema error instead of an instance error:\n${describeVerdict(xer)}`,
      );
    });
  }
});
