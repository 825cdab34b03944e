// The independent sanctions register (R-AK-10…12): the a-kasse reports its member's sanction (CreateSanktion),
// corrects or removes one it reported (UpdateSanktion, DeleteSanktion), and reads its members' sanctions
// (GetSanktion; STAR reads every citizen's). Who may call is the adapter's access declaration (R-AK-12: no
// jobcentre). A sanction changes nothing else: DFDG neither deregisters the citizen nor changes a contact group
// (R-AK-11: the a-kasse does that through UnemploymentEnrollmentService), and nothing is notified (the register
// is read, not pushed; the jobcentre learns only the NUPH answer's "sanction given" flag).
import type { Sanction, SanctionFields } from '../../domain/sanction.ts';
import type { CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { sanctionDeletionDate, sanctionRules } from '../../rules/index.ts';
import {
  deleteSanction,
  insertSanction,
  sanctionById,
  sanctionsOf,
  updateSanction,
} from '../../store/sanctionRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

/** The reporting organisation's code (the a-kasse; DFDG itself as -1). */
const reporter = (w: WriteContext): string => (w.actor.kind === 'authority' ? w.actor.organisationCode : '-1');

function check(w: WriteContext, fields: SanctionFields): void {
  requireCodeListValue('sanction-reasons', fields.reason, w.businessDate, 'Sanktionsaarsag');
  enforceRules(sanctionRules, fields, w.businessDate);
}

/** Stores a new sanction of the citizen; returns its SanktionId (the caller's, when given: 4977 when taken). */
export async function createSanction(
  w: WriteContext,
  citizen: CitizenState,
  fields: SanctionFields,
  id: string | null,
): Promise<string> {
  check(w, fields);
  if (id !== null && (await sanctionById(w.trx, id))) throw fault('IdentifierInUse', `SanktionId ${id}`);
  const sanctionId = id ?? timeOrderedUuid();
  await insertSanction(w.trx, {
    ...fields,
    id: sanctionId,
    cpr: citizen.person.cpr,
    akasse: reporter(w),
    registeredOn: w.businessDate,
    deleteFrom: sanctionDeletionDate(fields.limitationDate, fields.servedDate),
  });
  return sanctionId;
}

/** The citizen's sanction `id` as its reporting a-kasse may change it: 5141 unknown (or another citizen's),
 *  5142 reported by another a-kasse. */
async function ownSanction(w: WriteContext, cpr: string, id: string): Promise<Sanction> {
  const found = await sanctionById(w.trx, id);
  if (!found || found.cpr !== cpr) throw fault('UnknownSanction', `SanktionId ${id}`);
  if (found.akasse !== reporter(w)) throw fault('SanctionOfOtherAkasse', `reported by a-kasse ${found.akasse}`);
  return found;
}

/** Replaces what the reporting a-kasse said about the sanction; its deletion date follows the new dates. */
export async function updateSanctionOf(
  w: WriteContext,
  citizen: CitizenState,
  id: string,
  fields: SanctionFields,
): Promise<void> {
  const before = await ownSanction(w, citizen.person.cpr, id);
  check(w, fields);
  await updateSanction(w.trx, {
    ...before,
    ...fields,
    deleteFrom: sanctionDeletionDate(fields.limitationDate, fields.servedDate),
  });
}

export async function deleteSanctionOf(w: WriteContext, citizen: CitizenState, id: string): Promise<void> {
  const before = await ownSanction(w, citizen.person.cpr, id);
  await deleteSanction(w.trx, before.id);
}

/** The citizen's sanctions (every a-kasse's: the register is independent of the reporter), or the one named
 *  (5141 when it is not the citizen's). */
export async function sanctionsFor(r: ReadContext, cpr: string, id: string | null): Promise<Sanction[]> {
  const all = await sanctionsOf(r.db, cpr);
  if (id === null) return all;
  const one = all.filter((s) => s.id === id);
  if (one.length === 0) throw fault('UnknownSanction', `SanktionId ${id}`);
  return one;
}
