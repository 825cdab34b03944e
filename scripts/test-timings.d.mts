// Types of scripts/test-timings.mjs (a node:test reporter, plain JavaScript: the runner loads it without the loader).
export function readTimings(file: string): Record<string, unknown>;
export default function timings(source: AsyncIterable<unknown>): AsyncGenerator<string>;
