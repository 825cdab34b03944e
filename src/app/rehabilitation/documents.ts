// Documents uploaded to a rehabilitation process (R-PLAN-18), stored and read back like every document
// (../documents/storedDocument.ts: the bytes stream in from the transport's staging file, src/soap/documentUpload.ts,
// refused there past 15 MB, and out a piece at a time; owned by the process, no NUPH). Checked by R-PLAN-18 (size as
// submitted, type); the citizen's jobcentre and municipality are notified from the upload's transaction
// (src/outbox/rehabilitationDocumentMessages.ts).
import type { DocumentContent, NuphDocument } from '../../domain/nuphDialog.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { rehabilitationDocumentNotifications } from '../../outbox/rehabilitationDocumentMessages.ts';
import { rehabilitationDocumentReceivers, rehabilitationDocumentRules } from '../../rules/index.ts';
import { findRehabilitationProcess } from '../../store/personMoveRepository.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import {
  findStoredDocument,
  readableDocument,
  storeDocument,
  type DocumentMeta,
  type ReadableDocument,
} from '../documents/storedDocument.ts';
import { REHABILITATION_DOCUMENT_OWNER, requireRehabilitationProcess } from './rehabilitationProcesses.ts';

/** CreateRehabiliteringsdokument: R-PLAN-18, then the bytes and the row, then the notifications. */
export async function attachRehabilitationDocument(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  processId: string,
  meta: DocumentMeta,
  content: DocumentContent,
): Promise<NuphDocument> {
  const process = await requireRehabilitationProcess(w.trx, citizen.person.cpr, processId);
  const document = await storeDocument(
    w,
    rehabilitationDocumentRules,
    by,
    { nuphId: null, ownerKind: REHABILITATION_DOCUMENT_OWNER, ownerId: process.id },
    meta,
    content,
  );
  await w.outbox.enqueue(
    rehabilitationDocumentNotifications(process, document, rehabilitationDocumentReceivers(citizen), w),
  );
  return document;
}

/** GetRehabiliteringsdokument: the citizen's document and its bytes (read as they are sent); 5265 otherwise. */
export async function rehabilitationDocument(
  r: ReadContext,
  cpr: string,
  documentId: string,
): Promise<ReadableDocument> {
  const unknown = () => fault('UnknownRehabilitationDocument', `DokumentIdentifier ${documentId}`);
  const document = await findStoredDocument(r.db, documentId);
  if (!document || document.ownerKind !== REHABILITATION_DOCUMENT_OWNER) throw unknown();
  const process = await findRehabilitationProcess(r.db, document.ownerId);
  if (!process || process.cpr !== cpr) throw unknown();
  return readableDocument(r.db, document);
}
