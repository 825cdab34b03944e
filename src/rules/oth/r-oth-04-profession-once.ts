// R-OTH-04 — 004 §1.6 (validation added in release 2022-1): each job title or alias (stillingsbetegnelse/alias) may
// be given only once in a registration (UnemploymentEnrollment's ProfessionTypeCollection). A title is named by its
// ESCO STAR ConceptUriDa (or the older DiscoWebIdentifier), an alias by its AliasIdentifier; a duplicate is refused
// with 5325 (the facade's code: the sources give none). Before the release duplicates were accepted.
import { violation, type ValidationRule } from '../engine.ts';
import { RELEASE_2022_1 } from './r-oth-06-fastholdelseskonsulent.ts';

export interface RegisteredProfession {
  discoWebIdentifier: number | null;
  conceptUriDa: string | null;
  aliasIdentifier: string | null;
}

/** What names the profession: its alias when it has one, else its title (case-insensitive: a URI or a guid). */
function professionKey(p: RegisteredProfession): string | null {
  if (p.aliasIdentifier !== null) return `alias:${p.aliasIdentifier.toLowerCase()}`;
  if (p.conceptUriDa !== null) return `title:${p.conceptUriDa.toLowerCase()}`;
  if (p.discoWebIdentifier !== null) return `disco:${p.discoWebIdentifier}`;
  return null;
}

export const professionOnlyOnce: ValidationRule<{ professions: readonly RegisteredProfession[] }> = {
  id: 'R-OTH-04',
  title: 'The same job title or alias may appear only once at registration',
  source: '004 §1.6',
  validFrom: RELEASE_2022_1,
  validTo: null,
  evaluate({ professions }) {
    const seen = new Set<string>();
    for (const p of professions) {
      const key = professionKey(p);
      if (key === null) continue;
      if (seen.has(key)) return violation(this, 'DuplicateProfession', `${key.replace(':', ' ')} is given twice`);
      seen.add(key);
    }
    return null;
  },
};
