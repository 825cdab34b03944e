// A citizen's rehabilitation processes (rehabiliteringsforløb) through Borgerindsats.RehabiliteringsforloebService:
// registered by the jobcentre or municipality with a period (CreateRehabiliteringsforloeb; 5266 when it ends before
// it starts), changed (UpdateRehabiliteringsforloeb; 5264 when the citizen has no such process), read with the
// documents on each (GetRehabiliteringsforloeb). They are the rows a move ends (R-NOT-03, src/app/person/cprMove.ts)
// and R-CV-04 reads, whether a scenario loaded them or a caller registered them.
import type { RehabilitationProcess } from '../../domain/personMove.ts';
import type { NuphDocument } from '../../domain/nuphDialog.ts';
import type { AuthorityActor, CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { documentsOwnedBy } from '../../store/documentRepository.ts';
import {
  findRehabilitationProcess,
  insertRehabilitationProcess,
  rehabilitationProcessesOf,
  updateRehabilitationProcess,
} from '../../store/personMoveRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { ReadContext, WriteContext } from '../context.ts';

export interface RehabilitationProcessFields {
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** The owner kind of a rehabilitation process's documents in the document store. */
export const REHABILITATION_DOCUMENT_OWNER = 'rehabiliteringsforloeb' as const;

const registration = (w: WriteContext, by: AuthorityActor) => ({
  registeredBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
  registeredAt: w.now,
});

function checkPeriod(f: RehabilitationProcessFields): void {
  if (f.endDate !== null && f.endDate < f.startDate)
    throw fault('RehabilitationProcessPeriodInvalid', `${f.startDate} – ${f.endDate}`);
}

/** The citizen's process `id`, or 5264 (another citizen's process is not found either). */
export async function requireRehabilitationProcess(
  q: Queryable,
  cpr: string,
  id: string,
): Promise<RehabilitationProcess> {
  const process = await findRehabilitationProcess(q, id.toLowerCase());
  if (!process || process.cpr !== cpr)
    throw fault('UnknownRehabilitationProcess', `RehabiliteringsforloebIdentifier ${id}`);
  return process;
}

export async function createRehabilitationProcess(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  f: RehabilitationProcessFields,
): Promise<RehabilitationProcess> {
  checkPeriod(f);
  const process: RehabilitationProcess = {
    id: timeOrderedUuid(),
    cpr: citizen.person.cpr,
    ...f,
    registration: registration(w, by),
  };
  await insertRehabilitationProcess(w.trx, process);
  return process;
}

export async function changeRehabilitationProcess(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  id: string,
  f: RehabilitationProcessFields,
): Promise<RehabilitationProcess> {
  const before = await requireRehabilitationProcess(w.trx, citizen.person.cpr, id);
  checkPeriod(f);
  const process: RehabilitationProcess = { ...before, ...f, registration: registration(w, by) };
  await updateRehabilitationProcess(w.trx, process);
  return process;
}

/** The citizen's processes, oldest first, each with its documents (what they are, not their bytes). */
export async function rehabilitationProcesses(
  r: ReadContext,
  cpr: string,
): Promise<{ process: RehabilitationProcess; documents: NuphDocument[] }[]> {
  const processes = await rehabilitationProcessesOf(r.db, cpr);
  const documents = await documentsOwnedBy(
    r.db,
    REHABILITATION_DOCUMENT_OWNER,
    processes.map((p) => p.id),
  );
  return processes.map((process) => ({ process, documents: documents.filter((d) => d.ownerId === process.id) }));
}
