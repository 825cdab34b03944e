// The README's configuration table, one row per setting of src/config/settings.ts, in its order.
import { SETTINGS } from '../../src/config/settings.ts';
import { markdownTable } from './blocks.ts';

export function configTable(): string {
  const rows = Object.values(SETTINGS).map((s) => [s.env.map((e) => `\`${e}\``).join(', '), s.shownDefault, s.meaning]);
  return markdownTable(['Variable', 'Default', 'Meaning'], rows);
}
