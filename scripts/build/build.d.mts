// Types of scripts/build/build.mjs (plain JavaScript: `npm start` runs it before anything is compiled), for its test.
export interface BuildTarget {
  /** absolute path of the entry module */
  entry: string;
  /** the directory the build goes to */
  dir: string;
  /** the build's file names: <name>.mjs, <name>.mjs.map, <name>.build.json */
  name: string;
}
export const FACADE_BUILD: BuildTarget;
export function buildFiles(target: BuildTarget): { module: string; map: string; manifest: string };
export function build(target?: BuildTarget): Promise<{ files: number; ms: number }>;
export function staleness(target?: BuildTarget): string | null;
export function buildPackages(target?: BuildTarget): string[];
