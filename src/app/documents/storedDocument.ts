// A stored document, whoever owns it: a NUPH's item (R-AK-07, ../nuphDialog/documents.ts) or a rehabilitation
// process (R-PLAN-18, ../rehabilitation/documents.ts). One store for every document, each row naming its owner
// (src/store/documentRepository.ts). Here is what the two areas do alike: check the document against the area's rule
// set, make its row and store its bytes in the caller's unit of work (as they stream from the transport's staging
// file, src/soap/documentUpload.ts: never the whole document in memory; a file written for a row that does not
// commit goes with the rollback), and find a document to read its bytes back a piece at a time. Who may attach or
// read, which rules, which faults and which notifications stay in each area.
import type { DocumentContent, DocumentOwnerKind, NuphDocument } from '../../domain/nuphDialog.ts';
import type { AuthorityActor } from '../../domain/types.ts';
import type { ValidationRule } from '../../rules/index.ts';
import { documentContent, findDocument, insertDocument } from '../../store/documentRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

/** What the caller says of a document beside its bytes. */
export interface DocumentMeta {
  fileName: string;
  contentType: string;
}

/** Who a document is attached to: its owner, and the NUPH of a NUPH item's document (null otherwise). */
export interface DocumentAttachment {
  nuphId: string | null;
  ownerKind: DocumentOwnerKind;
  ownerId: string;
}

/** What an area's document rules look at: the document as submitted. */
export interface SubmittedDocument {
  contentType: string;
  sizeBytes: number;
}

/** A document and its bytes, read a piece at a time as they are sent. */
export interface ReadableDocument {
  document: NuphDocument;
  content: DocumentContent;
}

/** Checks the document against the area's `rules` (first violation → its fault), then stores its row and bytes in
 *  `w`'s transaction, stored by `by` on the business date. */
export async function storeDocument(
  w: WriteContext,
  rules: readonly ValidationRule<SubmittedDocument>[],
  by: AuthorityActor,
  attachment: DocumentAttachment,
  meta: DocumentMeta,
  content: DocumentContent,
): Promise<NuphDocument> {
  enforceRules(rules, { contentType: meta.contentType, sizeBytes: content.byteLength }, w.businessDate);
  const document: NuphDocument = {
    id: timeOrderedUuid(),
    ...attachment,
    fileName: meta.fileName,
    contentType: meta.contentType.toLowerCase(),
    sizeBytes: content.byteLength,
    sha256: content.sha256,
    storedOn: w.businessDate,
    storedAt: w.now,
    storedBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
  };
  await insertDocument(w.trx, document, content);
  return document;
}

/** The stored document `documentId` (as the caller wrote it, in any case), or null; its owner is the area's to check. */
export const findStoredDocument = (q: Queryable, documentId: string): Promise<NuphDocument | null> =>
  findDocument(q, documentId.toLowerCase());

/** The document with its bytes, to be read as they are sent. */
export const readableDocument = (q: Queryable, document: NuphDocument): ReadableDocument => ({
  document,
  content: documentContent(q, document),
});
