// `serve` with PROCESSES > 1: this process becomes a node:cluster primary that serves nothing itself. It migrates
// the database and makes the throwaway TLS certificates once (so the workers do not race for either), then forks
// PROCESSES workers that re-run the same command line; each worker is a whole `serve` (services, push dispatcher,
// nightly jobs) listening on the one shared PORT — node:cluster hands each new connection to the next worker in
// turn (Node 20's net has no SO_REUSEPORT). The workers share only the database: receiver leases split the pushed
// messages between their dispatchers and job_run slots run each nightly job once (README, "Several processes").
//
// A worker that dies after it listened is replaced; one that dies before (a port in use, a refused database)
// stops them all and the primary exits 1. SIGTERM/SIGINT to the primary stop every worker as their own signal
// would (work in hand finishes) and then the primary exits; if the primary itself dies, its workers exit as
// their IPC channel closes (node:cluster).
import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config.ts';
import { log } from '../log.ts';
import { closeDatabase } from '../store/database.ts';
import type { CommandInput, Outcome } from './command.ts';
import { clockOf } from './clockOf.ts';
import { serverTls } from './serverTls.ts';

/** Whether this `serve` is the primary of several processes (true) or serves itself (a single process or a worker). */
export const isServePrimary = (config: Config): boolean => config.processes > 1 && cluster.isPrimary;

/** The worker's number (1…) when this process is a worker of a `serve` primary, else null. */
export const serveWorkerId = (): number | null => (cluster.isWorker ? cluster.worker!.id : null);

export async function servePrimary({ config, db }: CommandInput): Promise<Outcome> {
  const database = await db(); // migrated here, once
  const tls = await serverTls(config, database, clockOf(config).nowDateTime());
  if (tls?.notice) console.log(tls.notice);
  await closeDatabase(database);

  const listening = new Set<number>();
  let stopping = false;
  let announced = false;
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (workers.length === 0) process.exit(code);
    let left = workers.length;
    for (const w of workers) {
      w.process.once('exit', () => {
        if (--left === 0) process.exit(code);
      });
      w.process.kill('SIGTERM');
    }
  };

  cluster.on('listening', (worker, address) => {
    listening.add(worker.id);
    if (!announced && listening.size === config.processes) {
      announced = true;
      const pids = Object.values(cluster.workers ?? {}).map((w) => w?.process.pid);
      log('info', 'processes:listening', { processes: config.processes, port: address.port, pids });
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    const wasListening = listening.delete(worker.id);
    if (stopping) return;
    if (code === 0 && signal === null) {
      // Stopped by a signal of its own (Ctrl-C reaches the whole process group): the others stop too.
      stopAll(0);
      return;
    }
    log('error', 'processes:worker-died', { worker: worker.id, pid: worker.process.pid, code, signal });
    if (wasListening) cluster.fork();
    else stopAll(1); // it never started: another would fail the same way
  });

  for (let i = 0; i < config.processes; i++) cluster.fork();
  process.once('SIGTERM', () => stopAll(0));
  process.once('SIGINT', () => stopAll(0));
  return 'running';
}
