// Documents uploaded to a rehabilitation process (R-PLAN-18), kept by the NUPH documents' machinery: the bytes
// arrive as a DocumentContent (streamed from the request into a staging file by the transport,
// src/soap/documentUpload.ts, refused there past 15 MB), are checked by R-PLAN-18 (size as submitted, type) and
// stored out of the row in the upload's transaction (src/store/nuphDialogRepository.ts insertDocument, owned by the
// process, no NUPH); the citizen's jobcentre and municipality are notified from the same transaction
// (src/outbox/rehabilitationDocumentMessages.ts). They leave as a DocumentContent read a piece at a time.
import type { DocumentContent, NuphDocument } from '../../domain/nuphDialog.ts';
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { rehabilitationDocumentNotifications } from '../../outbox/rehabilitationDocumentMessages.ts';
import { rehabilitationDocumentReceivers, rehabilitationDocumentRules } from '../../rules/index.ts';
import { documentContent, findDocument, insertDocument } from '../../store/nuphDialogRepository.ts';
import { findRehabilitationProcess } from '../../store/personMoveRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { REHABILITATION_DOCUMENT_OWNER, requireRehabilitationProcess } from './rehabilitationProcesses.ts';

export interface RehabilitationDocumentMeta {
  fileName: string;
  contentType: string;
}

/** CreateRehabiliteringsdokument: R-PLAN-18, then the bytes and the row, then the notifications. */
export async function attachRehabilitationDocument(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  processId: string,
  meta: RehabilitationDocumentMeta,
  content: DocumentContent,
): Promise<NuphDocument> {
  const process = await requireRehabilitationProcess(w.trx, citizen.person.cpr, processId);
  enforceRules(
    rehabilitationDocumentRules,
    { contentType: meta.contentType, sizeBytes: content.byteLength },
    w.businessDate,
  );
  const document: NuphDocument = {
    id: timeOrderedUuid(),
    nuphId: null,
    ownerKind: REHABILITATION_DOCUMENT_OWNER,
    ownerId: process.id,
    fileName: meta.fileName,
    contentType: meta.contentType.toLowerCase(),
    sizeBytes: content.byteLength,
    sha256: content.sha256,
    storedOn: w.businessDate,
    storedAt: w.now,
    storedBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
  };
  await insertDocument(w.trx, document, content);
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
): Promise<{ document: NuphDocument; content: DocumentContent }> {
  const unknown = () => fault('UnknownRehabilitationDocument', `DokumentIdentifier ${documentId}`);
  const document = await findDocument(r.db, documentId.toLowerCase());
  if (!document || document.ownerKind !== REHABILITATION_DOCUMENT_OWNER) throw unknown();
  const process = await findRehabilitationProcess(r.db, document.ownerId);
  if (!process || process.cpr !== cpr) throw unknown();
  return { document, content: documentContent(r.db, document) };
}
