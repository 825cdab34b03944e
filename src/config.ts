// One validated, frozen configuration object, read from the environment once, made from the list of
// settings in src/config/settings.ts (their defaults: src/config/defaults.ts). Every refused setting is
// reported at once, so a deployment is fixed in one round.
import { SETTINGS } from './config/settings.ts';
import type { SettingValue } from './config/setting.ts';

export type Config = { readonly [K in keyof typeof SETTINGS]: SettingValue<(typeof SETTINGS)[K]> };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const values: Record<string, unknown> = {};
  const refused: string[] = [];
  for (const [key, setting] of Object.entries(SETTINGS)) {
    try {
      values[key] = setting.read(env);
    } catch (err) {
      refused.push((err as Error).message);
    }
  }
  if (refused.length > 0) throw new Error(`configuration refused: ${refused.join('; ')}`);
  return Object.freeze(values) as Config;
}
