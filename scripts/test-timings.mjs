// A node:test reporter that scripts/run-tests.ts adds beside the default one: it keeps how long each test file
// took (the describe a batch gives each file, or a file's top-level tests when it runs alone) in a file of the
// temp dir that the next run deals its batches by (DFDG_TEST_TIMINGS), and writes the run's timeline — when each
// test process started and ended, seconds from the runner's start — where run-tests.ts points its output
// (.tmp/test-timeline.txt), to see whether a core idles at the end.
// Plain JavaScript: the runner process loads reporters without the test runs' TypeScript loader.
import fs from 'node:fs';
import path from 'node:path';

const started = performance.now();

/** `{ file: seconds }` kept from earlier runs ({} when none or unreadable). */
export function readTimings(file) {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

const seconds = (ms) => Math.round(ms) / 1000;

/** The test file's path from the root; for a module that only imports one that runs alone (scripts/run-tests.ts,
 *  an alone-N.test.mjs), the path its first line names. */
function ownPath(file, root) {
  if (/alone-\d+\.test\.mjs$/.test(file)) {
    const named = /^\/\/ (\S+)/.exec(fs.readFileSync(file, 'utf8'));
    if (named) return named[1];
  }
  return path.relative(root, file);
}

export default async function* timings(source) {
  const root = process.cwd();
  /** test process (file) → { started, ended: s since the runner started, files: Set } */
  const processes = new Map();
  /** test file (relative) → seconds */
  const measured = {};
  let failed = false;
  /** a file run alone (relative) → the process of the module that imports it */
  const wrapped = new Map();
  for await (const event of source) {
    const data = event.data ?? {};
    if (!data.file) continue;
    const now = (performance.now() - started) / 1000;
    // A process's own test is named by its path: dequeued when it starts, complete when it exits (reported then,
    // while its results come in the order of the files).
    if (data.name === data.file && event.type === 'test:dequeue') {
      const proc = { started: now, ended: now, files: new Set() };
      processes.set(data.file, proc);
      wrapped.set(ownPath(data.file, root), proc);
    }
    if (data.name === data.file && event.type === 'test:complete' && processes.has(data.file))
      processes.get(data.file).ended = now;
    if ((event.type !== 'test:pass' && event.type !== 'test:fail') || data.nesting !== 0) continue;
    if (event.type === 'test:fail') failed = true;
    const duration = data.details?.duration_ms ?? 0;
    // In a batch each test file is one top-level describe named by its path; a file run alone has tests of its own.
    const batched = /batch-\d+\.test\.mjs$/.test(data.file);
    const name = batched ? data.name : ownPath(data.file, root);
    measured[name] = (batched ? 0 : (measured[name] ?? 0)) + seconds(duration);
    (processes.get(data.file) ?? wrapped.get(name))?.files.add(name);
  }
  const target = process.env.DFDG_TEST_TIMINGS;
  // A failed run's durations can be cut short: kept only from runs that passed.
  if (target && !failed && Object.keys(measured).length > 0) {
    const merged = { ...readTimings(target), ...measured };
    const partial = `${target}.${process.pid}`;
    fs.writeFileSync(partial, JSON.stringify(merged, null, 1));
    fs.renameSync(partial, target);
  }
  const lines = [...processes]
    .sort((a, b) => a[1].ended - b[1].ended)
    .map(([file, p]) => {
      const own = [...p.files].map((f) => measured[f] ?? 0).reduce((a, b) => a + b, 0);
      const span = `${p.started.toFixed(1).padStart(6)} → ${p.ended.toFixed(1).padStart(6)} s`;
      return `  ${span}  ${path.basename(file)} (${p.files.size} files, ${own.toFixed(1)} s in them)`;
    });
  yield `test processes, started → ended (seconds after the runner started):\n${lines.join('\n')}\n`;
}
