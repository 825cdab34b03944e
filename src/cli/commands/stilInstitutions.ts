// `stil-institutions <file.json>`: loads educational institutions from STIL's institution register into DFDG's
// copy (udb_institution; src/app/udb/institutions.ts): a JSON array of {Institutionsnummer, Institutionsnavn,
// CvrNummer?, PNummer?}; a known number is replaced. EksterneData.UddannelsesinstitutionService reads them
// (R-OTH-12) and UDB's institution contacts take their CVR and P-number (R-OTH-11).
import fs from 'node:fs';
import type { Institution } from '../../domain/udb.ts';
import { UsageError, type Command } from '../command.ts';

interface Row {
  Institutionsnummer?: unknown;
  Institutionsnavn?: unknown;
  CvrNummer?: unknown;
  PNummer?: unknown;
}

/** The institutions of `text` (a usage error names the first bad entry). */
export function institutionsOf(text: string): Institution[] {
  const rows = JSON.parse(text) as unknown;
  if (!Array.isArray(rows)) throw new UsageError('the file must hold a JSON array');
  return rows.map((r: Row, i) => {
    const number = String(r.Institutionsnummer ?? '');
    const name = String(r.Institutionsnavn ?? '');
    const cvr = r.CvrNummer === undefined || r.CvrNummer === null ? null : String(r.CvrNummer);
    const pNumber = r.PNummer === undefined || r.PNummer === null ? null : String(r.PNummer);
    if (!/^\d{6}$/.test(number) || name.length < 1 || name.length > 255)
      throw new UsageError(`entry ${i}: Institutionsnummer (6 digits) and Institutionsnavn (1-255) are required`);
    if ((cvr !== null && !/^\d{8}$/.test(cvr)) || (pNumber !== null && !/^\d{10}$/.test(pNumber)))
      throw new UsageError(`entry ${i}: CvrNummer has 8 digits, PNummer 10`);
    return { number, name, cvr, pNumber };
  });
}

export const stilInstitutions: Command = {
  name: 'stil-institutions',
  args: ['<file.json>'],
  summary: "loads educational institutions from STIL's institution register (R-OTH-11, R-OTH-12)",
  async run(input) {
    const institutions = institutionsOf(fs.readFileSync(input.args[0]!, 'utf8'));
    const { loadInstitutions } = await import('../../app/udb/institutions.ts');
    console.log(`stil-institutions: ${await loadInstitutions(await input.db(), institutions)} institution(s) loaded`);
    return 0;
  },
};
