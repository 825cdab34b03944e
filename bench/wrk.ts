// One wrk run and its figures. Every bench/*.lua ends with `dofile("bench/done.lua")`, whose done() prints one
// `BENCH {…}` line: requests, duration, p50/p99/max latency, answers over 1 s, and the error counts — so nothing
// is scraped from wrk's human-readable summary. wrk runs from the repository root (dofile's path). The
// targets are judged on wrk's own figures, as the issue measured them: its p99 and its count over 1 s include
// the samples wrk 4's coordinated-omission correction adds. done.lua also gives both figures of the answers wrk
// received alone (without those samples; it needs WRK_CONNECTIONS), reported beside them.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './results.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface WrkOptions {
  url: string;
  /** bench/<name>.lua */
  lua: string;
  threads: number;
  connections: number;
  durationS: number;
  /** wrk's --timeout: an answer not back by then is a socket timeout. */
  timeoutS: number;
  /** Variables the Lua script reads (BENCH_CITIZENS, …). */
  env?: NodeJS.ProcessEnv;
}

export interface WrkRun {
  rps: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers that took over 1 s, plus requests that got no answer within --timeout (wrk's corrected count). */
  over1s: number;
  /** p99 and the count over 1 s (plus timeouts) of the answers received, without wrk's made-up samples. */
  p99AnswersMs: number;
  over1sAnswers: number;
  /** Answers other than 2xx/3xx. */
  non2xx: number;
  /** Connect, read, write errors and timeouts. */
  socketErrors: number;
  timeouts: number;
}

interface DoneLine {
  requests: number;
  durationUs: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  over1s: number;
  p99WrkUs: number;
  over1sWrk: number;
  non2xx: number;
  connect: number;
  read: number;
  write: number;
  timeout: number;
}

export function runWrk(o: WrkOptions): Promise<WrkRun> {
  const args = [
    `-t${o.threads}`,
    `-c${o.connections}`,
    `-d${o.durationS}s`,
    '--timeout',
    `${o.timeoutS}s`,
    '-s',
    o.lua,
    o.url,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      'wrk',
      args,
      {
        cwd: ROOT,
        env: { ...process.env, ...o.env, WRK_CONNECTIONS: String(o.connections) },
        timeout: (o.durationS + o.timeoutS + 60) * 1000,
      },
      (err, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('BENCH '));
        if (err || !line) {
          reject(new Error(`wrk ${args.join(' ')} failed: ${err?.message ?? 'no BENCH line'}\n${stdout}${stderr}`));
          return;
        }
        const d = JSON.parse(line.slice(6)) as DoneLine;
        resolve({
          rps: d.requests / (d.durationUs / 1e6),
          requests: d.requests,
          p50Ms: d.p50Us / 1000,
          p99Ms: d.p99WrkUs / 1000,
          maxMs: d.maxUs / 1000,
          over1s: d.over1sWrk + d.timeout,
          p99AnswersMs: d.p99Us / 1000,
          over1sAnswers: d.over1s + d.timeout,
          non2xx: d.non2xx,
          socketErrors: d.connect + d.read + d.write + d.timeout,
          timeouts: d.timeout,
        });
      },
    );
  });
}

/** The run whose req/s is the median of the runs (its p50/p99 are reported with it). */
export function medianRun(runs: readonly WrkRun[]): WrkRun {
  const m = median(runs.map((r) => r.rps));
  return runs.find((r) => r.rps === m)!;
}
