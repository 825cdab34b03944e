// STIL's institution register as DFDG holds it (udb_institution): loaded from STIL (`npm run cli --
// stil-institutions <file>`), read by EksterneData.UddannelsesinstitutionService from release 2022-1 (R-OTH-12)
// and used to put CVR and P-numbers on UDB's institution contacts (R-OTH-11).
import type { Knex } from 'knex';
import type { Institution } from '../../domain/udb.ts';
import { fault } from '../../faults/catalogue.ts';
import { uddannelsesinstitutionService, whileInForce } from '../../rules/index.ts';
import { institutionByNumber, upsertInstitutions } from '../../store/udbRepository.ts';
import type { ReadContext } from '../context.ts';

/** The institution `number` (5293 when the register does not know it; 5292 before release 2022-1). */
export async function uddannelsesinstitution(r: ReadContext, number: string): Promise<Institution> {
  if (!whileInForce(uddannelsesinstitutionService, r.businessDate, false, () => true))
    throw fault('ServiceNotYetReleased', `${uddannelsesinstitutionService.id}: from 2022-03-14`);
  const institution = await institutionByNumber(r.db, number);
  if (!institution) throw fault('UnknownInstitution', `Institutionsnummer ${number}`);
  return institution;
}

/** Adds or replaces institutions of the register; returns how many. */
export async function loadInstitutions(db: Knex, institutions: readonly Institution[]): Promise<number> {
  await upsertInstitutions(db, institutions);
  return institutions.length;
}
