// The README's table of services: one row per served service (src/services/index.ts, in its order) with the
// version and operations of its WSDL, as the generated descriptors have them.
import { services } from '../../src/services/index.ts';
import { markdownTable } from './blocks.ts';

export function servicesTable(): string {
  const rows = services.map(({ descriptor: d }) => [d.name, d.version, d.operations.map((o) => o.name).join(', ')]);
  return markdownTable(['Service', 'Version', 'Operations'], rows);
}
