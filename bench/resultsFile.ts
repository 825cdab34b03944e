// A benchmark's machine-readable result (bench/results/<name>.json), in the shape bench/results.ts defines
// for the summary: what was measured, on which commit and machine, how, and one row per figure with its
// target, whether it was met, and each round's value.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ResultRow {
  label: string;
  value: number;
  unit: string;
  target?: string;
  met?: boolean;
  rounds?: number[];
}

export interface BenchResult {
  name: string;
  date: string;
  commit: string;
  machine: string;
  method: string;
  rows: ResultRow[];
}

export const machine = (): string =>
  `${os.cpus().length} cores, ${os.arch()}, node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;

export function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
  } catch {
    return 'unknown';
  }
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Writes bench/results/<name>.json and returns its path. */
export function writeResult(result: Omit<BenchResult, 'date' | 'commit' | 'machine'>): string {
  const file = path.join('bench', 'results', `${result.name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const full: BenchResult = { ...result, date: new Date().toISOString(), commit: commit(), machine: machine() };
  fs.writeFileSync(file, JSON.stringify(full, null, 2) + '\n');
  return file;
}
