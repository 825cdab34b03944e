// What every change to a citizen's contact process needs: the unit of work, and the citizen and their contact
// process as loaded in it.
import type { ContactProcessPart, ContactProcessState } from '../../domain/contactProcess.ts';
import type { CitizenState } from '../../domain/types.ts';
import { loadContactProcess } from '../../store/contactProcessRepository.ts';
import type { WriteContext } from '../context.ts';

export interface ContactChangeContext extends WriteContext {
  readonly citizen: CitizenState;
  readonly process: ContactProcessState;
}

/** The change context for `citizen` (held by the unit of work), with their contact process loaded in its
 *  transaction: every part, or only `parts`, the ones the change reads (reading another throws). */
export async function contactContext(
  w: WriteContext,
  citizen: CitizenState,
  parts?: ReadonlySet<ContactProcessPart>,
): Promise<ContactChangeContext> {
  return { ...w, citizen, process: await loadContactProcess(w.trx, citizen.person.cpr, parts) };
}
