// The one shape every benchmark writes its figures in: bench/results/<name>.json, read by bench/summary.ts into
// bench/results/summary.md and the README's performance section. bench/README.md documents it for the authors of
// new benchmarks. A benchmark builds its rows (with `row`, which also decides met/not met against a target) and
// calls `writeResult`; date, commit and machine are stamped here, so every result is stamped alike.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results');

/** A target a figure is held to: at least or at most `value`, in the row's unit. */
export type Target = { atLeast: number } | { atMost: number };

export interface ResultRow {
  /** What was measured, e.g. 'facade / bare node-soap, req/s'. */
  label: string;
  /** The figure (a median, a count, a ratio); a text for a check ('ok', '3 of 5'). */
  value: number | string;
  /** 'req/s', 'ms', 'msg/s', '×', 'requests', 'MB', … ('' for a check). */
  unit: string;
  /** The target as the summary shows it, e.g. '≥ 1.5', '≤ 50', '0', 'exactly once'. */
  target?: string;
  /** Whether the figure meets the target (absent: a figure without a target). */
  met?: boolean;
  /** The figure of each round or run, in order, when the value is made of several. */
  rounds?: number[];
}

export interface BenchResult {
  /** The file's name without .json, e.g. 'createIndkaldelse'; the summary's rows are ordered by it. */
  name: string;
  /** One line: what the benchmark is. */
  title: string;
  /** ISO 8601 UTC. */
  date: string;
  /** git short hash, '(with uncommitted changes)' appended when src/bench/wsdl/xsd differ from it. */
  commit: string;
  /** cores, CPU model, memory, node and tool versions. */
  machine: string;
  /** How it was measured: tool, connections, rounds, servers, TLS, database. */
  method: string;
  /** True for a QUICK=1 smoke run (too short to count). */
  quick: boolean;
  rows: ResultRow[];
}

/** A row; with a target, `met` is decided from `value` (and, with `every`, from each of `rounds` too). */
export function row(
  label: string,
  value: number,
  unit: string,
  o: { target?: Target; rounds?: number[]; every?: boolean; digits?: number } = {},
): ResultRow {
  const digits = o.digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 3);
  const round = (n: number) => Number(n.toFixed(digits));
  const r: ResultRow = { label, value: round(value), unit };
  if (o.rounds) r.rounds = o.rounds.map(round);
  if (o.target) {
    const meets = (n: number) => ('atLeast' in o.target! ? n >= o.target.atLeast : n <= o.target!.atMost);
    const bound = 'atLeast' in o.target ? `≥ ${o.target.atLeast}` : `≤ ${o.target.atMost}`;
    r.target = o.every ? `${bound} in every run` : bound;
    r.met = meets(value) && (!o.every || (o.rounds ?? []).every(meets));
  }
  return r;
}

/** A check that holds or not (exactly-once, no errors): value 'ok' or what was found. */
export function check(label: string, ok: boolean, found: string, target: string): ResultRow {
  return { label, value: ok ? 'ok' : found, unit: '', target, met: ok };
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();

export function commitStamp(): string {
  try {
    // Results files are not the code measured: a run's own output (or an earlier run's) does not make it dirty.
    const code = ['src', 'bench', 'wsdl', 'xsd', 'package.json', ':(exclude)bench/results'];
    const dirty = git('status', '--porcelain', '--', ...code) !== '';
    return git('rev-parse', '--short', 'HEAD') + (dirty ? ' (with uncommitted changes)' : '');
  } catch {
    return 'unknown';
  }
}

function toolVersion(cmd: string, args: string[]): string | null {
  try {
    const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.split('\n')[0]!.trim();
  } catch (err) {
    // wrk -v prints its version and exits 1.
    const out = String((err as { stdout?: string }).stdout ?? '');
    return out ? out.split('\n')[0]!.trim() : null;
  }
}

export function machineStamp(): string {
  const cpus = os.cpus();
  const wrk = toolVersion('wrk', ['-v'])?.split(' ').slice(0, 2).join(' ');
  return [
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'})`,
    `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    `${os.type()} ${os.release()}`,
    `node ${process.version}`,
    ...(wrk ? [wrk] : []),
  ].join(', ');
}

/** The lower median: always one of the figures, so the run it came from can be found (bench/wrk.ts medianRun). */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

export const isQuick = (): boolean => process.env.QUICK === '1';

/** Writes bench/results/<name>.json, stamped with date, commit and machine; returns its path. */
export function writeResult(r: Omit<BenchResult, 'date' | 'commit' | 'machine' | 'quick'>): string {
  const result: BenchResult = {
    name: r.name,
    title: r.title,
    date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    commit: commitStamp(),
    machine: machineStamp(),
    method: r.method,
    quick: isQuick(),
    rows: r.rows,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${r.name}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  return file;
}

export function readResults(dir = RESULTS_DIR): BenchResult[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as BenchResult);
}
