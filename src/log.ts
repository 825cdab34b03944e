// Structured logs with pino: one JSON line per event on stderr, {time, level, event, …fields}. LOG_LEVEL (info, warn,
// error, silent) sets the least severe event written; tests and benchmarks run silent. Requests log through a child
// logger that carries {requestId, service, operation, organisation, userType} (src/soap/pipeline.ts); errors go under
// `err` and are serialised with their type, message and stack by pino's error serializer.
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };
export type Level = 'info' | 'warn' | 'error';
export type LogLevel = Level | 'silent';

const LEVELS: readonly string[] = ['info', 'warn', 'error', 'silent'];

/** A logger in the facade's format writing to `destination` (the process's stderr, or a test's capture). */
export function createLogger(level: LogLevel, destination: DestinationStream): Logger {
  return pino(
    {
      level,
      base: null,
      messageKey: 'event',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export const logger: Logger = createLogger(
  LEVELS.includes(process.env.LOG_LEVEL ?? '') ? (process.env.LOG_LEVEL as LogLevel) : 'info',
  pino.destination({ fd: 2, sync: true }),
);

export function setLogLevel(level: LogLevel): void {
  logger.level = level;
}

/** One event outside a request (jobs, the dispatcher, start-up). */
export function log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  logger[level](fields, event);
}
