// `npm run cli -- esco-import <export.csv> <out.json>`: converts STAR's ESCO-STAR taxonomy export (CSV with a
// header row: conceptUri;label;status;aliasId;aliasLabel;aliasStatus — one row per alias, or one row with
// empty alias columns for an occupation without aliases; ';' or ',' separated) into the JSON the facade
// reads (src/domain/escoStar.ts). Point ESCO_STAR_FILE at the result to use the full list.
import fs from 'node:fs';
import type { EscoFile, EscoOccupation, EscoStatus } from '../domain/escoStar.ts';

const STATUSES: ReadonlySet<string> = new Set(['Aktiv', 'Inaktiv', 'Fravalgt']);
const COLUMNS = ['conceptUri', 'label', 'status', 'aliasId', 'aliasLabel', 'aliasStatus'] as const;

export function parseEscoCsv(text: string): EscoFile {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const separator = lines[0]?.includes(';') ? ';' : ',';
  const header = lines
    .shift()
    ?.split(separator)
    .map((h) => h.trim());
  if (!header || COLUMNS.some((c, i) => header[i] !== c))
    throw new Error(`esco-import: the header must be ${COLUMNS.join(separator)}`);
  const occupations = new Map<string, EscoOccupation>();
  lines.forEach((line, n) => {
    const [conceptUri, label, status, aliasId, aliasLabel, aliasStatus] = line.split(separator).map((v) => v.trim());
    const where = `line ${n + 2}`;
    if (!conceptUri || !label || !status || !STATUSES.has(status))
      throw new Error(`esco-import: ${where}: conceptUri, label and status (Aktiv/Inaktiv/Fravalgt) are required`);
    let occupation = occupations.get(conceptUri);
    if (!occupation)
      occupations.set(conceptUri, (occupation = { conceptUri, label, status: status as EscoStatus, aliases: [] }));
    if (aliasId) {
      if (!aliasLabel || !aliasStatus || !STATUSES.has(aliasStatus))
        throw new Error(`esco-import: ${where}: an alias needs aliasLabel and aliasStatus`);
      occupation.aliases.push({ id: aliasId.toLowerCase(), label: aliasLabel, status: aliasStatus as EscoStatus });
    }
  });
  return {
    name: 'esco-star-occupations',
    description: 'ESCO-STAR stillingsbetegnelser, converted by esco-import',
    source: 'STAR ESCO-STAR taxonomy export',
    occupations: [...occupations.values()],
  };
}

export function importEsco(csvFile: string, outFile: string): number {
  const parsed = parseEscoCsv(fs.readFileSync(csvFile, 'utf8'));
  fs.writeFileSync(outFile, JSON.stringify(parsed, null, 2) + '\n');
  return parsed.occupations.length;
}
