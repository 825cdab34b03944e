// Types of scripts/ts-loader/bundle.mjs (plain JavaScript: the loader's hooks use it), for the facade bundle and
// the test batches of scripts/run-tests.ts.
import type { BuildOptions } from 'esbuild';

export function cachedBundle(entry: string, options?: Partial<BuildOptions>): Promise<string>;
export function cachedBatch(files: string[], root: string): Promise<string>;
