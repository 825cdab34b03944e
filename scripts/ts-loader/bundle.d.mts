// Types of scripts/ts-loader/bundle.mjs (plain JavaScript: the loader's hooks use it), for the facade bundle.
import type { BuildOptions } from 'esbuild';

export const BUNDLE_OPTIONS: BuildOptions;
export function bundle(
  entry: string,
  options?: Partial<BuildOptions>,
): Promise<{ code: string; inputs: { file: string; sha256: string }[] }>;
