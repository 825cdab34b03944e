// Types of scripts/test-prerequisites.mjs (plain JavaScript so that it runs before `npm ci`), for its test.
export interface Requirement {
  name: string;
  /** The Debian package that brings it; null when apt cannot help (`fix` says what to do). */
  package: string | null;
  fix?: string;
  present(): boolean;
}
export type Plan = { action: 'none' } | { action: 'install'; packages: string[] } | { action: 'stop'; message: string };
export function requirements(env: NodeJS.ProcessEnv): Requirement[];
export function plan(missing: Omit<Requirement, 'present'>[], host: { root: boolean; apt: boolean }): Plan;
export function ensurePrerequisites(env?: NodeJS.ProcessEnv): number;
