// The facts of the contract digests (../shared/contracts/*.md) as checks against the compiled contract: the
// generated descriptors (element names, namespaces, types, occurrences, operations, versions, endpoints), the
// simple types' facets read from xsd/, the fault table (src/faults/catalogue.ts) and the services' access
// declarations (src/services/*/index.ts). Each check answers exact, deviating or not implemented, with what
// the contract actually has. test/contract/fidelity.test.ts runs them; one module per digest beside this one.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, type XmlElement, type XmlTreeNode } from 'libxml2-wasm';
import * as generated from '../../../src/contract/generated/services.ts';
import type { ElementDescriptor, ServiceDescriptor } from '../../../src/contract/schemaModel.ts';
import { faults } from '../../../src/faults/catalogue.ts';
import type { OrganisationRow, Scope } from '../../../src/access/model.ts';
import { services } from '../../../src/services/index.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type Status = 'exact' | 'deviating' | 'not implemented';
export interface Outcome {
  status: Status;
  /** What the contract has, when it is not exactly the fact. */
  actual?: string;
}

/** min-max as the digests write it: '1', '0-1', '0-*', '1-*', '0-500'. */
export type Occurs = string;

export interface Facets {
  /** One pattern, or the spellings the digest accepts (e.g. the two guid patterns). */
  pattern?: string | readonly string[];
  minLength?: number;
  maxLength?: number;
  length?: number;
  minInclusive?: number;
  maxInclusive?: number;
  minExclusive?: number;
  maxExclusive?: number;
  fractionDigits?: number;
}

export type Check =
  /** An element at a path from a global element (`CreateAbsenceRequest/Absence/StartDate`). */
  | {
      kind: 'element';
      path: string;
      ns?: string;
      /** The XSD type name (local). */
      type?: string;
      /** The built-in kind the type restricts ('int' for integer codes, 'complex' for a structure). */
      base?: ElementDescriptor['kind'];
      occurs?: Occurs;
      facets?: Facets;
    }
  /** No element of this name anywhere under the global element (removed legacy fields, a response without an id). */
  | { kind: 'absent'; root: string; name: string }
  | { kind: 'operation'; service: string; operation: string }
  | { kind: 'service'; service: string; version?: string; endpoint?: string }
  | { kind: 'fault'; code: number; text?: string | readonly string[]; service?: string }
  /** The organisation rows and scopes of an operation's access declaration ('alle', 'egne', 'tidligereEgne 120/1095'). */
  | { kind: 'access'; service: string; operation: string; rows: Partial<Record<OrganisationRow, readonly string[]>> }
  /** Anything else, checked by a function against the code. */
  | { kind: 'custom'; check: () => Outcome };

export interface Fact {
  id: string;
  /** Digest file and section. */
  source: string;
  /** [F] found in a cited page, [I] inferred by the digest's author. */
  confidence: 'F' | 'I';
  /** The fact as the digest states it. */
  fact: string;
  check: Check;
  /** A D-nn row of docs/contract-decisions.md that explains why the contract differs. */
  decision?: string;
}

// ---------- the contract's descriptors ----------

const roots = new Map<string, ElementDescriptor>();
for (const s of generated.serviceDescriptors) {
  for (const op of s.operations) {
    if (!roots.has(op.request.name)) roots.set(op.request.name, op.request);
    if (!roots.has(op.response.name)) roots.set(op.response.name, op.response);
  }
}
for (const [name, value] of Object.entries(generated)) {
  if (name.endsWith('Element')) {
    const d = value as ElementDescriptor;
    if (!roots.has(d.name)) roots.set(d.name, d);
  }
}

/** A root element of one service, for names several services declare: `Service:Element`. */
function serviceRoot(qualified: string): ElementDescriptor | undefined {
  const [serviceName, name] = qualified.split(':');
  const s = [...generated.serviceDescriptors, ...generated.outboundServiceDescriptors].find(
    (d) => d.name === serviceName,
  );
  return s?.operations.flatMap((o) => [o.request, o.response]).find((e) => e.name === name);
}

/** `p`: a path of element names from a global element, whose name may be qualified by its service
 *  (`JobnetCitizenStatusService:GetSelfbookInterviewOptionsResponse/…`) where several services declare it. */
export function findElement(p: string): { found: ElementDescriptor } | { missing: string } {
  const [rootName, ...rest] = p.split('/');
  let at = rootName!.includes(':') ? serviceRoot(rootName!) : roots.get(rootName!);
  if (!at) return { missing: `no global element ${rootName}` };
  for (const seg of rest) {
    const next: ElementDescriptor | undefined = at.children?.find((c) => c.name === seg);
    if (!next) {
      const names = (at.children ?? []).map((c) => c.name).join(', ');
      return { missing: `${at.name} has no child ${seg} (children: ${names || 'none'})` };
    }
    at = next;
  }
  return { found: at };
}

function anywhere(d: ElementDescriptor, name: string, depth = 0): boolean {
  if (d.name === name && depth > 0) return true;
  return depth < 12 && (d.children ?? []).some((c) => anywhere(c, name, depth + 1));
}

export function service(name: string): ServiceDescriptor | undefined {
  return [...generated.serviceDescriptors, ...generated.outboundServiceDescriptors].find((s) => s.name === name);
}

const occursText = (d: ElementDescriptor) => `${d.minOccurs}-${d.maxOccurs === -1 ? '*' : d.maxOccurs}`;
const normaliseOccurs = (o: Occurs) => (/^\d+$/.test(o) ? `${o}-${o}` : o);

// ---------- simple types' facets, read from xsd/ ----------

const XS = 'http://www.w3.org/2001/XMLSchema';
interface SimpleType {
  /** The targetNamespace of the schema that declares it. */
  ns: string;
  base: string;
  facets: Record<string, string[]>;
}
const simpleTypes = new Map<string, SimpleType[]>();
/** The namespaces each schema's targetNamespace imports: where a type of an element in that namespace can come from. */
const imports = new Map<string, Set<string>>();

function elementChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n: XmlTreeNode | null = el.firstChild; n; n = n.next) if ('attrs' in n) out.push(n as XmlElement);
  return out;
}

for (const file of fs.readdirSync(path.join(ROOT, 'xsd')).filter((f) => f.endsWith('.xsd'))) {
  const doc = XmlDocument.fromBuffer(fs.readFileSync(path.join(ROOT, 'xsd', file)));
  try {
    const targetNamespace = doc.root.attr('targetNamespace')?.value ?? '';
    const imported = imports.get(targetNamespace) ?? new Set<string>();
    for (const i of elementChildren(doc.root).filter((e) => e.namespaceUri === XS && e.name === 'import'))
      imported.add(i.attr('namespace')?.value ?? '');
    imports.set(targetNamespace, imported);
    for (const st of elementChildren(doc.root).filter((e) => e.namespaceUri === XS && e.name === 'simpleType')) {
      const restriction = elementChildren(st).find((e) => e.name === 'restriction');
      if (!restriction) continue;
      const facets: Record<string, string[]> = {};
      for (const f of elementChildren(restriction)) (facets[f.name] ??= []).push(f.attr('value')?.value ?? '');
      const base = (restriction.attr('base')?.value ?? '').split(':').pop()!;
      const name = st.attr('name')!.value;
      simpleTypes.set(name, [...(simpleTypes.get(name) ?? []), { ns: targetNamespace, base, facets }]);
    }
  } finally {
    doc.dispose();
  }
}

/**
 * The declarations of a named simple type an element of namespace `ns` can mean: the one in `ns` itself, else those
 * of the namespaces its schema imports (an element's type comes from one of them), else, `ns` unknown, all of them.
 */
function declarationsFor(typeName: string, ns?: string): SimpleType[] {
  const all = simpleTypes.get(typeName) ?? [];
  if (ns === undefined) return all;
  const own = all.filter((d) => d.ns === ns);
  if (own.length > 0) return own;
  const reachable = imports.get(ns);
  return reachable ? all.filter((d) => reachable.has(d.ns)) : all;
}

/** The facets of a named simple type, following its restriction chain (a derived facet wins). */
function facetsOf(typeName: string, ns?: string, seen = 0): Record<string, string[]> {
  const def = declarationsFor(typeName, ns)[0] ?? simpleTypes.get(typeName)?.[0];
  if (!def || seen > 8) return {};
  return { ...facetsOf(def.base, def.ns, seen + 1), ...def.facets };
}

/** Same-named types that `ns` could mean whose facets disagree. */
function facetsDiffer(typeName: string, ns?: string): boolean {
  const defs = declarationsFor(typeName, ns);
  return defs.some((d) => JSON.stringify(d.facets) !== JSON.stringify(defs[0]!.facets));
}

/** `ns`: the namespace of the element whose type it is (a type declared beside the element is found there). */
function compareFacets(typeName: string, expected: Facets, ns?: string): string[] {
  const actual = facetsOf(typeName, ns);
  const diffs: string[] = [];
  if (facetsDiffer(typeName, ns))
    diffs.push(`type ${typeName} is declared with different facets in several namespaces`);
  for (const [facet, want] of Object.entries(expected)) {
    const have = actual[facet];
    if (facet === 'pattern') {
      const accepted = typeof want === 'string' ? [want] : (want as string[]);
      if (!have || !have.some((h) => accepted.includes(h)))
        diffs.push(`pattern ${have ? JSON.stringify(have) : 'none'} (expected ${JSON.stringify(accepted)})`);
    } else if (!have || Number(have[0]) !== Number(want)) {
      diffs.push(`${facet} ${have ? have[0] : 'none'} (expected ${String(want)})`);
    }
  }
  return diffs;
}

// ---------- access declarations ----------

const scopeText = (s: Scope) => (s.kind === 'tidligereEgne' ? `tidligereEgne ${s.daysBefore}/${s.daysAfter}` : s.kind);

export function accessOf(serviceName: string, operation: string) {
  const reg = services.find((s) => s.descriptor.name === serviceName);
  return reg?.operations[operation]?.access;
}

// ---------- the checks ----------

export function evaluate(check: Check): Outcome {
  switch (check.kind) {
    case 'element': {
      const r = findElement(check.path);
      if ('missing' in r) return { status: 'not implemented', actual: r.missing };
      const d = r.found;
      const diffs: string[] = [];
      if (check.ns !== undefined && d.ns !== check.ns) diffs.push(`namespace ${d.ns}`);
      if (check.type !== undefined && d.typeName !== check.type) diffs.push(`type ${d.typeName}`);
      if (check.base !== undefined && d.kind !== check.base) diffs.push(`kind ${d.kind}`);
      if (check.occurs !== undefined && occursText(d) !== normaliseOccurs(check.occurs))
        diffs.push(`occurs ${occursText(d)}`);
      if (check.facets) diffs.push(...compareFacets(d.typeName, check.facets, d.ns));
      return diffs.length ? { status: 'deviating', actual: diffs.join('; ') } : { status: 'exact' };
    }
    case 'absent': {
      const root = roots.get(check.root);
      if (!root) return { status: 'not implemented', actual: `no global element ${check.root}` };
      return anywhere(root, check.name)
        ? { status: 'deviating', actual: `${check.root} contains ${check.name}` }
        : { status: 'exact' };
    }
    case 'operation': {
      const s = service(check.service);
      if (!s) return { status: 'not implemented', actual: `no service ${check.service}` };
      return s.operations.some((o) => o.name === check.operation)
        ? { status: 'exact' }
        : { status: 'not implemented', actual: `${check.service} has ${s.operations.map((o) => o.name).join(', ')}` };
    }
    case 'service': {
      const s = service(check.service);
      if (!s) return { status: 'not implemented', actual: `no service ${check.service}` };
      const diffs: string[] = [];
      if (check.version !== undefined && s.version !== check.version) diffs.push(`version ${s.version}`);
      if (check.endpoint !== undefined && s.endpointPath !== check.endpoint) diffs.push(`endpoint ${s.endpointPath}`);
      return diffs.length ? { status: 'deviating', actual: diffs.join('; ') } : { status: 'exact' };
    }
    case 'fault': {
      const def = Object.values(faults).find((f) => f.code === check.code);
      if (!def) return { status: 'not implemented', actual: `no fault ${check.code} in src/faults/catalogue.ts` };
      if (check.text === undefined) return { status: 'exact' };
      const accepted = typeof check.text === 'string' ? [check.text] : (check.text as string[]);
      const sent = (check.service !== undefined ? def.serviceTexts?.[check.service] : undefined) ?? def.text;
      return accepted.includes(sent) ? { status: 'exact' } : { status: 'deviating', actual: `text "${sent}"` };
    }
    case 'access': {
      const decl = accessOf(check.service, check.operation);
      if (!decl) return { status: 'not implemented', actual: `no operation ${check.service}.${check.operation}` };
      const have = Object.fromEntries(
        Object.entries(decl.allowed).map(([row, scopes]) => [row, (scopes ?? []).map(scopeText).sort()]),
      );
      const want = Object.fromEntries(Object.entries(check.rows).map(([row, s]) => [row, [...(s ?? [])].sort()]));
      const rows = [...new Set([...Object.keys(have), ...Object.keys(want)])].sort();
      const diffs = rows
        .filter((row) => JSON.stringify(have[row] ?? null) !== JSON.stringify(want[row] ?? null))
        .map((row) => `${row}: ${have[row] ? have[row].join(', ') : 'no row'}`);
      return diffs.length ? { status: 'deviating', actual: diffs.join('; ') } : { status: 'exact' };
    }
    case 'custom':
      return check.check();
  }
}

// ---------- shorthands for the fact modules ----------

export const NS = {
  aoh: 'http://rep.oio.dk/ams.dk/xml/schemas/2005/09/01/',
  rus: 'http://service.bm.dk/pjaktass/2015/01/21/RequestUserStructure/',
  rut: 'http://service.bm.dk/pjaktass/2015/01/21/RequestUserTypeIdentifierCodeList/',
  clb: 'http://service.bm.dk/pjaktass/2013/06/07/CodeListBase/',
  ros: 'http://service.bm.dk/pjaktass/2015/01/21/RequestOrganisationStructure/',
  rum: 'http://service.bm.dk/RequestUserMetadata/2015/01/21/',
  wsrm: 'http://docs.oasis-open.org/ws-rx/wsrm/200602',
};

export const CPR_PATTERN =
  '((((0[1-9]|1[0-9]|2[0-9]|3[0-1])(01|03|05|07|08|10|12))|((0[1-9]|1[0-9]|2[0-9]|30)(04|06|09|11))|((0[1-9]|1[0-9]|2[0-9])(02)))[0-9]{6})|0000000000';
export const GUID_PATTERNS = [
  '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
  '[\\da-fA-F]{8}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{12}',
];
export const EMAIL_PATTERN = '([^>\\(\\)\\[\\]\\\\,;:@\\s]{0,191}@[^>\\(\\)\\[\\]\\\\,;:@\\s]{1,64})';

export const el = (path: string, expect: Omit<Extract<Check, { kind: 'element' }>, 'kind' | 'path'> = {}): Check => ({
  kind: 'element',
  path,
  ...expect,
});
export const cpr = (path: string, occurs: Occurs = '1'): Check =>
  el(path, { type: 'PersonCivilRegistrationIdentifierType', occurs, facets: { pattern: CPR_PATTERN } });
export const guid = (path: string, occurs: Occurs = '1'): Check =>
  el(path, { occurs, facets: { pattern: GUID_PATTERNS } });
export const op = (service: string, operation: string): Check => ({ kind: 'operation', service, operation });
/** `service`: the service whose page documents the text (the catalogue's `serviceTexts` apply there). */
export const fault = (code: number, text?: string | readonly string[], service?: string): Check => ({
  kind: 'fault',
  code,
  text,
  service,
});
export const absent = (root: string, name: string): Check => ({ kind: 'absent', root, name });
export const access = (
  service: string,
  operation: string,
  rows: Partial<Record<OrganisationRow, readonly string[]>>,
): Check => ({ kind: 'access', service, operation, rows });
export const custom = (check: () => Outcome): Check => ({ kind: 'custom', check });
export const equal = (actual: unknown, expected: unknown): Outcome =>
  JSON.stringify(actual) === JSON.stringify(expected)
    ? { status: 'exact' }
    : { status: 'deviating', actual: JSON.stringify(actual) };

/** The ids of a codelist under codelists/ (the facade's snapshot of DFDG's CodeListService). */
export function codelistIds(file: string): number[] {
  const list = JSON.parse(fs.readFileSync(path.join(ROOT, 'codelists', file), 'utf8')) as { entries: { id: number }[] };
  return list.entries.map((e) => e.id);
}

/** The codelist holds every one of `ids` (it may hold more: the digests list parts of DFDG's lists). */
export const codelistHas = (file: string, ids: readonly number[]): Check =>
  custom(() => {
    const have = codelistIds(file);
    const missing = ids.filter((id) => !have.includes(id));
    return missing.length
      ? { status: 'deviating', actual: `codelists/${file} lacks ${missing.join(', ')}` }
      : { status: 'exact' };
  });

/** Some fault of the table has this text (for documented texts that come without a code). */
export const faultText = (text: string): Check =>
  custom(() =>
    Object.values(faults).some((f) => f.text === text)
      ? { status: 'exact' }
      : { status: 'not implemented', actual: 'no fault with this text' },
  );

/** The operation's access declaration has at least these organisation rows (for tables whose columns were lost). */
export const rowsInclude = (serviceName: string, operation: string, rows: readonly OrganisationRow[]): Check =>
  custom(() => {
    const decl = accessOf(serviceName, operation);
    if (!decl) return { status: 'not implemented', actual: `no operation ${serviceName}.${operation}` };
    const missing = rows.filter((r) => !decl.allowed[r]);
    return missing.length ? { status: 'deviating', actual: `no row ${missing.join(', ')}` } : { status: 'exact' };
  });

/** A named simple type of xsd/ has these facets (for documented types no element of the contract uses yet). */
export const simpleType = (name: string, expected: Facets): Check =>
  custom(() => {
    if (!simpleTypes.has(name)) return { status: 'not implemented', actual: `no simple type ${name} in xsd/` };
    const diffs = compareFacets(name, expected);
    return diffs.length ? { status: 'deviating', actual: diffs.join('; ') } : { status: 'exact' };
  });

/** The operation's access declaration has exactly these organisation rows, whatever their scopes (for tables
 *  whose columns were lost in the digest). */
export const rowsAre = (serviceName: string, operation: string, rows: readonly OrganisationRow[]): Check =>
  custom(() => {
    const decl = accessOf(serviceName, operation);
    if (!decl) return { status: 'not implemented', actual: `no operation ${serviceName}.${operation}` };
    return equal(Object.keys(decl.allowed).sort(), [...rows].sort());
  });

/** The element's children, by name and in order. */
export const childrenAre = (p: string, names: readonly string[]): Check =>
  custom(() => {
    const r = findElement(p);
    if ('missing' in r) return { status: 'not implemented', actual: r.missing };
    return equal(
      (r.found.children ?? []).map((c) => c.name),
      names,
    );
  });
