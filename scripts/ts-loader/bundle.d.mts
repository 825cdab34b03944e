// Types of scripts/ts-loader/bundle.mjs (plain JavaScript: the loader's hooks use it), for the facade bundle.
import type { BuildOptions } from 'esbuild';

export function cachedBundle(entry: string, options?: Partial<BuildOptions>): Promise<string>;
