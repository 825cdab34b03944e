// The stored documents (025_nuph_dialog's nuph_document): the NUPH dialog's (R-AK-07), attached to a NUPH, its
// answer, a question or a reply, and a rehabilitation process's (R-PLAN-18, 034_rehabilitation), owned by the
// process and with no NUPH (nuph_id null). One table for both, each row naming its owner (owner_kind, owner_id); the
// bytes are kept out of the row (./documentBytes.ts), written from and read back into a stream a piece at a time
// (never the whole document in memory), in the caller's transaction so a document's row and bytes commit together
// or not at all.
import type { DocumentContent, DocumentOwnerKind, NuphDocument } from '../domain/nuphDialog.ts';
import type { IsoDate } from '../domain/types.ts';
import { deleteInSlices, keysOfSome } from './batchDelete.ts';
import { documentBytesOf } from './documentBytes.ts';
import { countRows, type Queryable, type Transaction } from './queryable.ts';
import { insertRow, rowByKey, rowsWhere, type Row } from './statements.ts';

const documentRow = (d: NuphDocument): Row => ({
  id: d.id,
  nuph_id: d.nuphId,
  owner_kind: d.ownerKind,
  owner_id: d.ownerId,
  file_name: d.fileName,
  content_type: d.contentType,
  size_bytes: d.sizeBytes,
  sha256: d.sha256,
  stored_on: d.storedOn,
  stored_at: d.storedAt,
  stored_by_type: d.storedBy.organisationType,
  stored_by_code: d.storedBy.organisationCode,
});

const documentOf = (r: Row): NuphDocument => ({
  id: String(r.id),
  nuphId: r.nuph_id === null || r.nuph_id === undefined ? null : String(r.nuph_id),
  ownerKind: String(r.owner_kind) as NuphDocument['ownerKind'],
  ownerId: String(r.owner_id),
  fileName: String(r.file_name),
  contentType: String(r.content_type),
  sizeBytes: Number(r.size_bytes),
  sha256: String(r.sha256),
  storedOn: String(r.stored_on),
  storedAt: String(r.stored_at),
  storedBy: { organisationType: Number(r.stored_by_type), organisationCode: String(r.stored_by_code) },
});

/**
 * Stores the document: its bytes first, as they stream in (src/store/documentBytes.ts: a file beside the SQLite
 * database, else chunk rows), then its row. Throws if the content does not have the size it declared (nothing is
 * kept: the caller's transaction rolls back, and a file written for it goes with it).
 */
export async function insertDocument(trx: Transaction, d: NuphDocument, content: DocumentContent): Promise<void> {
  const written = await documentBytesOf(trx).write(trx, d.id, content.chunks(), d.sizeBytes);
  if (written !== d.sizeBytes) throw new Error(`document ${d.id}: ${written} bytes given, ${d.sizeBytes} declared`);
  await insertRow(trx, 'nuph_document', documentRow(d));
}

export async function findDocument(q: Queryable, id: string): Promise<NuphDocument | null> {
  const row = await rowByKey(q, 'nuph_document', 'id', id);
  return row ? documentOf(row) : null;
}

/** The documents attached to the NUPH, its answer, its questions and their replies, oldest first. */
export async function documentsOfNuph(q: Queryable, nuphId: string): Promise<NuphDocument[]> {
  const rows = await rowsWhere(q, 'nuph_document', 'nuph_id', nuphId, 'stored_at');
  return rows.map(documentOf);
}

/** The document's bytes, read a piece at a time as the consumer asks for them. */
export function documentContent(q: Queryable, d: NuphDocument): DocumentContent {
  return { byteLength: d.sizeBytes, sha256: d.sha256, chunks: () => documentBytesOf(q).read(q, d.id) };
}

/** How many NUPH documents were stored on or before `lastDay` (R-DEL-06; a rehabilitation document is not one). */
export function countDocumentsStoredOnOrBefore(q: Queryable, lastDay: IsoDate): Promise<number> {
  return countRows(q('nuph_document').whereNotNull('nuph_id').where('stored_on', '<=', lastDay));
}

/** Deletes the NUPH documents stored on or before `lastDay` (at most `limit`, a batch of the deletion engine) with
 *  their bytes; returns how many documents. */
export async function deleteDocumentsStoredOnOrBefore(
  trx: Transaction,
  lastDay: IsoDate,
  limit?: number,
): Promise<number> {
  const due = trx('nuph_document').whereNotNull('nuph_id').where('stored_on', '<=', lastDay);
  return deleteDocuments(trx, await keysOfSome(due, 'id', limit));
}

/** Deletes the documents `ids` with their bytes; returns how many rows went. */
export async function deleteDocuments(trx: Transaction, ids: readonly string[]): Promise<number> {
  const bytes = documentBytesOf(trx);
  return deleteInSlices(ids, async (some) => {
    await bytes.remove(trx, some);
    return Number(await trx('nuph_document').whereIn('id', some).delete());
  });
}

/** Deletes the documents attached to the items of the NUPHs `nuphIds` with their bytes; returns how many documents. */
export async function deleteDocumentsOfNuphs(trx: Transaction, nuphIds: readonly string[]): Promise<number> {
  if (nuphIds.length === 0) return 0;
  const documents = (await trx('nuph_document').whereIn('nuph_id', nuphIds).select('id')) as { id: string }[];
  return deleteDocuments(
    trx,
    documents.map((d) => String(d.id)),
  );
}

/** The documents owned by the given items of one kind (e.g. a citizen's rehabilitation processes), oldest first. */
export async function documentsOwnedBy(
  q: Queryable,
  kind: DocumentOwnerKind,
  ownerIds: readonly string[],
): Promise<NuphDocument[]> {
  if (ownerIds.length === 0) return [];
  const rows = (await q('nuph_document')
    .where({ owner_kind: kind })
    .whereIn('owner_id', ownerIds)
    .orderBy(['stored_at', 'id'])) as Row[];
  return rows.map(documentOf);
}

/** Deletes the documents owned by the given items of one kind with their bytes; returns how many documents. */
export async function deleteDocumentsOwnedBy(
  trx: Transaction,
  kind: DocumentOwnerKind,
  ownerIds: readonly string[],
): Promise<number> {
  if (ownerIds.length === 0) return 0;
  const owned = (await trx('nuph_document').where({ owner_kind: kind }).whereIn('owner_id', ownerIds).select('id')) as {
    id: string;
  }[];
  return deleteDocuments(
    trx,
    owned.map((r) => String(r.id)),
  );
}
