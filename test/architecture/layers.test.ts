// The layering of src/ (docs/architecture.md), checked on every test run: a module may import from its own layer
// or a lower one, never a higher one, and no two modules import each other, directly or round a loop. A
// planted upward import (say, src/store importing src/app) fails the first test with the offending line.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Layers from the bottom up; the first matching prefix (relative to src/) names a module's layer. */
const LAYERS: readonly { name: string; prefixes: readonly string[] }[] = [
  { name: 'base', prefixes: ['domain/', 'faults/', 'clock.ts', 'log.ts', 'observability/', 'config/defaults.ts'] },
  { name: 'contract', prefixes: ['contract/'] },
  { name: 'rules', prefixes: ['rules/', 'access/'] },
  { name: 'store/outbox/outbound', prefixes: ['store/', 'outbox/', 'outbound/'] },
  { name: 'application', prefixes: ['app/'] },
  { name: 'adapters', prefixes: ['services/', 'jobs/'] },
  { name: 'transport', prefixes: ['soap/', 'console/'] },
  { name: 'root', prefixes: ['facade.ts', 'main.ts', 'cli/', 'config.ts', 'config/'] },
];

function layerOf(file: string): number {
  const rel = path.relative(SRC, file).split(path.sep).join('/');
  const i = LAYERS.findIndex((l) => l.prefixes.some((p) => rel === p || rel.startsWith(p)));
  if (i < 0) throw new Error(`src/${rel} is in no layer: add it to LAYERS and docs/architecture.md`);
  return i;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports of a file, type-only ones included (a type import is still a dependency), with their line. */
function importsOf(file: string): { target: string; line: number }[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: { target: string; line: number }[] = [];
  const pattern =
    /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(pattern)) {
    const spec = m[1] ?? m[2]!;
    out.push({ target: path.resolve(path.dirname(file), spec), line: text.slice(0, m.index).split('\n').length + 1 });
  }
  return out;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => 'src/' + path.relative(SRC, f).split(path.sep).join('/');

test('no module imports from a higher layer', () => {
  const upward = files.flatMap((f) =>
    graph
      .get(f)!
      .filter((i) => layerOf(i.target) > layerOf(f))
      .map(
        (i) =>
          `${rel(f)}:${i.line} (${LAYERS[layerOf(f)]!.name}) imports ${rel(i.target)} (${LAYERS[layerOf(i.target)]!.name})`,
      ),
  );
  assert.deepEqual(upward, []);
});

test('no import cycles between modules', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (f: string, trail: string[]) => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(f)), f].map(rel).join(' → '));
      return;
    }
    state.set(f, 'open');
    for (const i of graph.get(f) ?? []) if (graph.has(i.target)) visit(i.target, [...trail, f]);
    state.set(f, 'done');
  };
  for (const f of files) visit(f, []);
  assert.deepEqual(cycles, []);
});

test('code outside src/rules reaches the rules through the registry (src/rules/index.ts)', () => {
  const RULES = path.join(SRC, 'rules') + path.sep;
  const around = files
    .filter((f) => !f.startsWith(RULES))
    .flatMap((f) =>
      graph
        .get(f)!
        .filter((i) => i.target.startsWith(RULES) && i.target !== path.join(RULES, 'index.ts'))
        .map((i) => `${rel(f)}:${i.line} imports ${rel(i.target)}`),
    );
  assert.deepEqual(around, []);
});

test('the layers cover every module of src/', () => {
  for (const f of files) assert.doesNotThrow(() => layerOf(f), rel(f));
});
