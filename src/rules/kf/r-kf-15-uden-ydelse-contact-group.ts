// R-KF-15 — 000 §1.3: "A-kasser fik i release 2023-1 mulighed for tilmelde 'Uden ydelse'. Med overdragelsen af
// ansvaret for kontaktforløbet, skal a-kasser kunne foretage en tilmelding med tilmeldekategori 'Uden ydelse'".
// Registering with a category places the citizen in the matching contact group.
import { ClientCategory } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';

export const udenYdelseRegistration: RuleMeta = {
  id: 'R-KF-15',
  title: 'The a-kasse can register its members ‘Uden ydelse’ (contact group 8)',
  source: '000 §1.3, §7.1',
  validFrom: null,
  validTo: null,
};

const CONTACT_GROUP_OF_CATEGORY: ReadonlyMap<number, number> = new Map([
  [ClientCategory.Dagpengemodtager, 1],
  [ClientCategory.Kontanthjaelp, 2],
  [ClientCategory.UdenYdelse, 8],
  [ClientCategory.Uddannelseshjaelp, 12],
]);

/** The contact group a registration with this tilmeldekategori places the citizen in, or null when not known. */
export function contactGroupForClientCategory(category: number): number | null {
  return CONTACT_GROUP_OF_CATEGORY.get(category) ?? null;
}
