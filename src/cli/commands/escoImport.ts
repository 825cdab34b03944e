// `esco-import <export.csv> <out.json>`: STAR's ESCO-STAR export to the list ESCO_STAR_FILE names
// (src/cli/escoImport.ts). Touches no database.
import { importEsco } from '../escoImport.ts';
import type { Command } from '../command.ts';

export const escoImport: Command = {
  name: 'esco-import',
  args: ['<export.csv>', '<out.json>'],
  summary: "converts STAR's ESCO-STAR export into the occupation list for ESCO_STAR_FILE",
  async run({ args: [csv, out] }) {
    console.log(`esco-import: ${importEsco(csv!, out!)} occupation(s) written to ${out}`);
    return 0;
  },
};
