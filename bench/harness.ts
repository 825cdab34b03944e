// What every wrk benchmark does with its servers: start each in a process of its own on loopback, wait until it
// is ready, check it once with curl (the envelope wrk will post must get the operation's real answer, not a
// fault), warm each up, then ROUNDS rounds of DURATION seconds with the servers' order rotated every round, so
// drift of a shared machine hits each of them alike; and stop them all at the end, whatever happened.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Bench, RunSettings } from './benches.ts';
import { luaEnvelope } from './luaEnvelope.ts';
import { ROOT, runWrk, type WrkRun } from './wrk.ts';

export const HOST = '127.0.0.1';

export interface Server {
  name: string;
  port: number;
  child: ChildProcess;
  /** Everything it wrote on stdout and stderr. */
  log: string;
}

const running: Server[] = [];
const dirs: string[] = [];

/** A temp dir removed at exit. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Starts `node <args>` as server `name`; resolves once its output has matched `ready` `times` times. */
export function startServer(
  name: string,
  port: number,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  times = 1,
): Promise<Server> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server: Server = { name, port, child, log: '' };
  running.push(server);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 180 s:\n${server.log}`)), 180_000);
    const seen = (chunk: Buffer) => {
      server.log += chunk.toString();
      if ((server.log.match(new RegExp(ready.source, 'g')) ?? []).length >= times) {
        clearTimeout(timer);
        resolve(server);
      }
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready:\n${server.log}`));
    });
  });
}

export async function stopServers(): Promise<void> {
  await Promise.all(
    running.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
          const kill = setTimeout(() => s.child.kill('SIGKILL'), 10_000);
          s.child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          s.child.kill('SIGTERM');
        }),
    ),
  );
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void stopServers().finally(() => process.exit(130)));

export const urlOf = (s: Server, bench: Bench) => `http://${HOST}:${s.port}${bench.endpoint}`;

/** The envelope wrk posts, taken from the Lua script, with its per-request placeholders filled once. */
export function envelopeOf(bench: Bench): string {
  const body = luaEnvelope(path.join(ROOT, bench.lua));
  return Object.entries(bench.placeholders).reduce((text, [k, v]) => text.replaceAll(k, v), body);
}

/** One POST with curl of the envelope wrk will post; throws unless the answer is HTTP 200 with `bench.expect`. */
export async function curlCheck(s: Server, bench: Bench): Promise<string> {
  const file = path.join(tempDir('bench-check-'), 'request.xml');
  fs.writeFileSync(file, envelopeOf(bench));
  const out = await new Promise<string>((resolve, reject) =>
    execFile(
      'curl',
      [
        '-s',
        '--max-time',
        '30',
        '-w',
        '\n%{http_code}',
        '-X',
        'POST',
        '-H',
        'Content-Type: text/xml; charset=utf-8',
        '-H',
        `SOAPAction: ${bench.soapAction}`,
        '--data-binary',
        `@${file}`,
        urlOf(s, bench),
      ],
      (err, stdout) => (err ? reject(err) : resolve(stdout)),
    ),
  );
  const status = out.slice(out.lastIndexOf('\n') + 1);
  const body = out.slice(0, out.lastIndexOf('\n'));
  if (status !== '200' || !bench.expect.test(body))
    throw new Error(`${s.name} answered HTTP ${status} without ${bench.expect}:\n${body}\n${s.log}`);
  console.log(`ok  ${s.name} answers ${bench.name} (${body.length} bytes) at ${urlOf(s, bench)}`);
  return body;
}

/** Warm-up, then rotated rounds; every run of every server (warm-up apart), in round order. */
export async function rotatedRounds(
  servers: readonly Server[],
  bench: Bench,
  settings: RunSettings,
  timeoutS = 5,
): Promise<Map<string, WrkRun[]>> {
  const wrk = (s: Server, durationS: number) =>
    runWrk({
      url: urlOf(s, bench),
      lua: bench.lua,
      threads: settings.threads,
      connections: settings.connections,
      durationS,
      timeoutS,
      env: { BENCH_CITIZENS: String(bench.citizens) },
    });
  const runs = new Map<string, WrkRun[]>(servers.map((s) => [s.name, []]));
  for (const s of servers) warmups.set(s.name, await wrk(s, settings.warmupS));
  for (let round = 0; round < settings.rounds; round++)
    for (let k = 0; k < servers.length; k++) {
      const s = servers[(k + round) % servers.length]!;
      process.stdout.write(
        `round ${round + 1}/${settings.rounds} wrk: ${s.name}, ${settings.threads} threads, ${settings.connections} connections, ${settings.durationS}s ... `,
      );
      const run = await wrk(s, settings.durationS);
      console.log(`${Math.round(run.rps)} req/s, p99 ${run.p99Ms.toFixed(1)} ms`);
      runs.get(s.name)!.push(run);
    }
  return runs;
}

/** The warm-up run of each server (its answers count when rows written are checked against answers). */
export const warmups = new Map<string, WrkRun>();

/** Answers below HTTP 400 that wrk counted over every run of `name` (warm-up included). */
export function answeredOk(name: string, runs: Map<string, WrkRun[]>): number {
  return [warmups.get(name)!, ...runs.get(name)!].reduce((n, r) => n + r.requests - r.non2xx, 0);
}

export function methodText(bench: Bench, settings: RunSettings, servers: string): string {
  return (
    `wrk -t${settings.threads} -c${settings.connections} -d${settings.durationS}s, ${bench.lua} (${bench.what}); ` +
    `every server its own process on ${HOST}, plain HTTP (TLS=off: the facade's default mTLS would be compared ` +
    `with servers without TLS), each checked once with curl first (the real answer, not a fault), warmed up ` +
    `${settings.warmupS} s, then ${settings.rounds} round(s) with the servers' order rotated each round; a figure ` +
    `is the median round's, a ratio the ratio of the medians, and each round's figures are listed; latencies are ` +
    `the answers wrk received (bench/done.lua takes out the samples wrk's coordinated-omission correction adds). ` +
    servers
  );
}
