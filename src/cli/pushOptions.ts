// The push dispatcher as the configuration sets it up: the PEM files read once, the timing as given.
import fs from 'node:fs';
import type { Config } from '../config.ts';
import type { DispatcherOptions } from '../outbox/pushDispatcher.ts';

const readIf = (file: string | null) => (file ? fs.readFileSync(file, 'utf8') : undefined);

export const pushOptions = (c: Config): DispatcherOptions => ({
  tls: { cert: readIf(c.pushClientCertFile), key: readIf(c.pushClientKeyFile), ca: readIf(c.pushCaFile) },
  leaseMs: c.pushLeaseMs,
  pollMs: c.pushPollMs,
  baseDelayMs: c.pushBaseDelayMs,
  maxAttempts: c.pushMaxAttempts,
});
