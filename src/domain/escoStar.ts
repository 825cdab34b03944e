// The ESCO-STAR occupation taxonomy (stillingsbetegnelser) a job order's ConceptUriDa and AliasIdentifier
// refer to. Occupations and aliases carry STAR's Danish status: only 'Aktiv' ones may be used (joborder.md
// §4.1 rule 2). The list is codelists/esco-star/occupations.json (a sample) or the file the configuration's
// ESCO_STAR_FILE names (the full export, converted by `npm run cli -- esco-import`), which the command line
// hands over at start-up (useEscoStarFile); read once, on first use.
import { readFileSync } from 'node:fs';

export type EscoStatus = 'Aktiv' | 'Inaktiv' | 'Fravalgt';

export interface EscoAlias {
  id: string;
  label: string;
  status: EscoStatus;
}

export interface EscoOccupation {
  conceptUri: string;
  label: string;
  status: EscoStatus;
  aliases: EscoAlias[];
}

export interface EscoFile {
  name: string;
  description: string;
  source: string;
  occupations: EscoOccupation[];
}

const SAMPLE = new URL('../../codelists/esco-star/occupations.json', import.meta.url);
let source: string | URL = SAMPLE;
let occupations: Map<string, EscoOccupation> | null = null;

/** Reads the occupations from this file from now on (null: the sample). */
export function useEscoStarFile(file: string | null): void {
  source = file ?? SAMPLE;
  occupations = null;
}

function load(): Map<string, EscoOccupation> {
  const file = source;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as EscoFile;
  return new Map(parsed.occupations.map((o) => [o.conceptUri, o]));
}

/** The occupation with this ConceptUriDa, whatever its status. */
export function escoOccupation(conceptUri: string): EscoOccupation | undefined {
  return (occupations ??= load()).get(conceptUri);
}

/**
 * Why ConceptUriDa/AliasIdentifier cannot stand with this title, or null when they can: the occupation (and
 * the alias) must exist and be active, the alias must belong to the occupation, and the title must be the
 * occupation's or the alias's label ("present only if the title is a validated ESCO STAR occupation").
 */
export function escoMismatch(title: string | null, conceptUri: string | null, aliasId: string | null): string | null {
  if (conceptUri === null) return aliasId === null ? null : 'AliasIdentifier without ConceptUriDa';
  const occupation = escoOccupation(conceptUri);
  if (!occupation || occupation.status !== 'Aktiv')
    return `ConceptUriDa ${conceptUri} is not an active ESCO-STAR occupation`;
  const alias = aliasId === null ? null : occupation.aliases.find((a) => a.id === aliasId.toLowerCase());
  if (aliasId !== null && (!alias || alias.status !== 'Aktiv'))
    return `AliasIdentifier ${aliasId} is not an active alias of ${occupation.label}`;
  const label = alias ? alias.label : occupation.label;
  if (title !== null && title !== label) return `the title '${title}' is not the ESCO-STAR label '${label}'`;
  return null;
}
