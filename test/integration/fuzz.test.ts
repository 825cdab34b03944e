// Fuzzing every operation over HTTP (issue 12, deliver 10): fast-check mutates the valid request sample of each
// operation under test/samples (elements dropped, duplicated, renamed or moved to another namespace; text made
// long, odd, unicode or a boundary value; attributes added; the XML broken) and posts it. Every answer must be an
// answer — no 1011, a refusal within 64 KB, nothing written by a refused request (every table counted before and
// after) — and the server must go on answering. The seed is fixed and printed (FUZZ_SEED, FUZZ_RUNS per sample
// override it); a failure prints the seed, the path and the shrunk mutations to replay it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { services } from '../../src/services/index.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { rowCounts } from '../support/soapHarness.ts';
import { facadeFetch } from '../support/tls.ts';
import { baseScenario } from './scenario.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../samples');
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS_PER_SAMPLE = Number(process.env.FUZZ_RUNS ?? 8);
const MAX_REFUSAL_BYTES = 64 * 1024;

interface Sample {
  service: string;
  operation: string;
  endpoint: string;
  xml: string;
}

/** Every operation's request sample, with the endpoint of its service. */
const samples: Sample[] = services.flatMap(({ descriptor }) =>
  descriptor.operations.map((op) => {
    const file = path.join(SAMPLES, descriptor.name, `${op.name}.request.xml`);
    return {
      service: descriptor.name,
      operation: op.name,
      endpoint: descriptor.endpointPath,
      xml: fs.readFileSync(file, 'utf8'),
    };
  }),
);

// ---------- the sample's elements, found again after every mutation ----------

interface ElementSpan {
  /** Where the start tag begins and the end tag (or the empty element) ends. */
  start: number;
  end: number;
  /** The qualified name, as written. */
  name: string;
  /** The text between the tags when the element holds text only; null otherwise. */
  text: { start: number; end: number } | null;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/** The elements inside the Envelope (not the Envelope itself), in document order. */
function elementsOf(xml: string): ElementSpan[] {
  const out: ElementSpan[] = [];
  const open: { start: number; name: string; contentStart: number; children: number }[] = [];
  for (const m of xml.matchAll(TAG)) {
    const [whole, closing, name, , empty] = m;
    const at = m.index;
    if (closing) {
      const top = open.pop();
      if (!top || top.name !== name) return out; // broken by an earlier mutation: what was found so far
      const textOnly = top.children === 0 && !xml.slice(top.contentStart, at).includes('<');
      if (open.length > 0)
        out.push({
          start: top.start,
          end: at + whole.length,
          name,
          text: textOnly ? { start: top.contentStart, end: at } : null,
        });
    } else {
      if (open.length > 0) open.at(-1)!.children++;
      if (empty) {
        if (open.length > 0) out.push({ start: at, end: at + whole.length, name: name!, text: null });
      } else open.push({ start: at, name: name!, contentStart: at + whole.length, children: 0 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------- mutations ----------

const boundaryText = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '2147483647',
  '2147483648',
  '-9223372036854775809',
  '1e309',
  'NaN',
  'INF',
  '0.0000000000000000000001',
  'true',
  '0001-01-01',
  '10000-01-01',
  '-2024-01-01',
  '2024-02-30',
  '2024-02-29T24:00:00',
  '9999-12-31T23:59:59-12:00',
  '0001-01-01T00:00:00+14:00',
  '1899-12-31T23:59:59',
  '2100-01-01',
  '00000000-0000-0000-0000-000000000000',
  '0101901234',
  '3112999999',
  '<![CDATA[<x/>]]>',
  '&#x1F4A9;&#xFFFD;&#160;',
  '<b>html</b>',
  "Robert'); DROP TABLE person;--",
  '${jndi:ldap://x}',
  '\u202e\u200b\uFEFF',
);
const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }).map(escapeText),
  fc.string({ unit: 'binary', maxLength: 40 }).map(escapeText),
  fc.integer({ min: 256, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 100, max: 20_000 }).map((n) => 'æøå🙂'.repeat(n)),
);

/** Values of the leaf's own kind, where a value that passes the schema can still break what reads it. */
const DATES = [
  '0001-01-01',
  '1899-12-31',
  '1900-01-01',
  '2099-12-31',
  '2100-01-01',
  '9999-12-31',
  '10000-01-01',
  '2024-02-29',
];
const TIMES = ['T00:00:00', 'T23:59:59-12:00', 'T00:00:00+14:00', 'T24:00:00', 'T12:00:00.1234567Z', ''];
function typedValues(current: string): string[] {
  const text = current.trim();
  const date = /^\d{4}-\d{2}-\d{2}(T.*)?$/.exec(text);
  if (date) return DATES.flatMap((d) => (date[1] === undefined ? [d] : TIMES.map((t) => d + t)));
  if (/^-?\d+(\.\d+)?$/.test(text))
    return ['0', '-1', '-0', '00', '2147483647', '2147483648', '-2147483649', '1.5', '9'.repeat(300_000), text + '0'];
  if (/^[0-9a-f-]{36}$/i.test(text)) return ['00000000-0000-0000-0000-000000000000', text.toUpperCase(), text + 'x'];
  return ['', 'x'.repeat(300_000), '🙂'.repeat(50_000), text.repeat(2)];
}

type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number; times: number }
  | { kind: 'rename'; at: number; to: string }
  | { kind: 'namespace'; at: number; uri: string }
  | { kind: 'text'; at: number; value: string }
  | { kind: 'typed'; at: number; pick: number }
  | { kind: 'attribute'; at: number; attribute: string }
  | { kind: 'break'; at: number; how: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('typed' as const), at: fc.nat(), pick: fc.nat() }) },
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), times: fc.constantFrom(1, 2, 50, 3000) }),
  fc.record({
    kind: fc.constant('rename' as const),
    at: fc.nat(),
    to: fc.constantFrom('X', 'Body', 'Header', 'a'.repeat(300)),
  }),
  fc.record({
    kind: fc.constant('namespace' as const),
    at: fc.nat(),
    uri: fc.constantFrom('', 'urn:other', 'http://schemas.xmlsoap.org/soap/envelope/', 'x'.repeat(2000)),
  }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: fc.oneof(boundaryText, oddText) }),
  fc.record({
    kind: fc.constant('attribute' as const),
    at: fc.nat(),
    attribute: fc.constantFrom(
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"',
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"',
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Unknown"',
      ' xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:mustUnderstand="1"',
      ' id="1" id2="2"',
      Array.from({ length: 70 }, (_, i) => ` a${i}="1"`).join(''),
    ),
  }),
  fc.record({
    kind: fc.constant('break' as const),
    at: fc.nat(),
    how: fc.constantFrom(
      'truncate',
      '<',
      '&',
      '&unknown;',
      ']]>',
      '\u0000',
      'drop-end-tag',
      'doctype',
      'deep',
      'pi',
      'bom',
    ),
  }),
);

/** Four mutations in five go to the Body's elements, the fifth to any element (the SOAP headers included). */
function target(elements: ElementSpan[], xml: string, at: number): ElementSpan[] {
  const body = /<(?:[\w.-]+:)?Body[\s>]/.exec(xml)?.index ?? 0;
  const inBody = elements.filter((e) => e.start > body);
  return at % 5 === 0 || inBody.length === 0 ? elements : inBody;
}

function applyMutation(xml: string, m: Mutation): string {
  const elements = target(elementsOf(xml), xml, m.at);
  if (elements.length === 0) return xml;
  const el = elements[Math.floor(m.at / 5) % elements.length]!;
  const prefix = el.name.includes(':') ? el.name.slice(0, el.name.indexOf(':') + 1) : '';
  switch (m.kind) {
    case 'drop':
      return xml.slice(0, el.start) + xml.slice(el.end);
    case 'duplicate':
      return xml.slice(0, el.end) + xml.slice(el.start, el.end).repeat(m.times) + xml.slice(el.end);
    case 'rename': {
      const renamed = xml
        .slice(el.start, el.end)
        .replace(new RegExp(`^<${el.name}\\b`), `<${prefix}${m.to}`)
        .replace(new RegExp(`</${el.name}>$`), `</${prefix}${m.to}>`);
      return xml.slice(0, el.start) + renamed + xml.slice(el.end);
    }
    case 'namespace': {
      const p = prefix.slice(0, -1);
      const declaration = p ? ` xmlns:${p}="${m.uri}"` : ` xmlns="${m.uri}"`;
      return xml.slice(0, el.start + 1 + el.name.length) + declaration + xml.slice(el.start + 1 + el.name.length);
    }
    case 'text':
    case 'typed': {
      const leaves = elements.filter((e) => e.text !== null);
      if (leaves.length === 0) return xml;
      const { start, end } = leaves[Math.floor(m.at / 5) % leaves.length]!.text!;
      const values = m.kind === 'typed' ? typedValues(xml.slice(start, end)) : [m.value];
      return xml.slice(0, start) + values[(m.kind === 'typed' ? m.pick : 0) % values.length] + xml.slice(end);
    }
    case 'attribute':
      return xml.slice(0, el.start + 1 + el.name.length) + m.attribute + xml.slice(el.start + 1 + el.name.length);
    case 'break':
      switch (m.how) {
        case 'truncate':
          return xml.slice(0, el.start + ((el.end - el.start) >> 1));
        case 'drop-end-tag':
          return xml.slice(0, el.end).replace(new RegExp(`</${el.name}>$`), '') + xml.slice(el.end);
        case 'doctype':
          return '<!DOCTYPE x [<!ENTITY e "ee">]>' + xml.replace(/^<\?xml[^>]*>/, '');
        case 'deep':
          return xml.slice(0, el.end) + `${'<d>'.repeat(300)}${'</d>'.repeat(300)}` + xml.slice(el.end);
        case 'pi':
          return xml.slice(0, el.start) + '<?pi data?><!-- c -->' + xml.slice(el.start);
        case 'bom':
          return '\uFEFF' + xml;
        default:
          return xml.slice(0, el.start + 1) + m.how + xml.slice(el.start + 1);
      }
  }
}

// ---------- the property ----------

/** The base scenario and the samples' second citizen, so that mutated requests reach the operations' logic. */
const scenario = `${baseScenario}
  - cpr: "1503851234"
    birthDate: 1985-03-15
    jobcenterCode: "10100"
    contactGroups: [{ contactGroup: 1, startDate: 2023-06-01, endDate: null }]
    memberships: [{ akasseCode: "81", startDate: 2015-01-01, endDate: null }]
`;

eachDatabase('fuzzed requests of every operation', '2025-03-03', scenario, (h) => {
  test(`every operation's sample, ${RUNS_PER_SAMPLE} mutated versions each (seed ${SEED}): no 1011, refusals within 64 KB that write nothing, the server keeps answering`, async (t) => {
    t.diagnostic(`FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS_PER_SAMPLE}: ${samples.length} operations`);
    let posted = 0;
    const answers = new Map<string, number>();
    // the rows before the next request: counted again after each, so one count per request proves a refusal
    let counts = await rowCounts(h().db);
    for (const [index, sample] of samples.entries()) {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), async (mutations) => {
          const xml = mutations.reduce(applyMutation, sample.xml);
          const res = await facadeFetch(h().url + sample.endpoint, {
            method: 'POST',
            headers: { 'content-type': 'text/xml; charset=utf-8' },
            body: xml,
          });
          const body = await res.text();
          posted++;
          const answer = res.status === 200 ? '200' : (/<faultcode>([^<]+)</.exec(body)?.[1] ?? String(res.status));
          answers.set(answer, (answers.get(answer) ?? 0) + 1);
          const where = `${sample.service}.${sample.operation} after ${JSON.stringify(mutations).slice(0, 300)}`;
          assert.doesNotMatch(body, /<faultcode>1011<\/faultcode>/, `1011 for ${where}`);
          const before = counts;
          counts = await rowCounts(h().db);
          if (res.status === 200) return;
          assert.equal(res.status, 500, `HTTP ${res.status} for ${where}: ${body.slice(0, 300)}`);
          const bytes = Buffer.byteLength(body);
          assert.ok(bytes <= MAX_REFUSAL_BYTES, `a ${bytes}-byte refusal for ${where}`);
          assert.deepEqual(counts, before, `a refused request wrote: ${where}`);
        }),
        { seed: SEED + index, numRuns: RUNS_PER_SAMPLE, includeErrorInReport: true },
      );
    }
    t.diagnostic(`answers: ${[...answers].map(([a, n]) => `${a} ×${n}`).join(', ')}`);
    assert.equal(posted >= samples.length * RUNS_PER_SAMPLE, true);
    assert.equal(await (await facadeFetch(h().url + '/health')).text(), 'ok', 'the server still answers');
  });
});
