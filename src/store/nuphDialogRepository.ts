// Reading and writing the NUPH dialog (025_nuph_dialog): questions, replies, and documents whose bytes are kept
// out of the row (src/store/documentBytes.ts), written from and read back into a stream a piece at a time (never
// the whole document in memory, R-AK-07), in the caller's transaction so a document and its rows commit together
// or not at all. The documents of a rehabilitation process (R-PLAN-18, 034_rehabilitation) are kept here too, owned
// by the process and with no NUPH (nuph_id null).
import type {
  DocumentContent,
  DocumentOwnerKind,
  NuphDocument,
  NuphQuestion,
  NuphQuestionReply,
} from '../domain/nuphDialog.ts';
import type { NuphAnswer } from '../domain/nuph.ts';
import type { IsoDate } from '../domain/types.ts';
import { documentBytesOf } from './documentBytes.ts';
import { countRows, type Queryable, type Transaction } from './queryable.ts';
import { insertRow, rowByKey, rowsWhere, type Row } from './statements.ts';

const fromData = <T>(row: Row): T => JSON.parse(String(row.data)) as T;

/** A NUPH's answer by its own id (nuphRepository finds it by the NUPH's). */
export async function findNuphAnswerById(q: Queryable, id: string): Promise<NuphAnswer | null> {
  const row = await rowByKey(q, 'nuph_answer', 'id', id);
  return row ? fromData<NuphAnswer>(row) : null;
}

export async function insertQuestion(trx: Transaction, q: NuphQuestion): Promise<void> {
  await insertRow(trx, 'nuph_question', { id: q.id, nuph_id: q.nuphId, asked_on: q.askedOn, data: JSON.stringify(q) });
}

export async function insertReply(trx: Transaction, r: NuphQuestionReply): Promise<void> {
  await insertRow(trx, 'nuph_question_reply', {
    id: r.id,
    question_id: r.questionId,
    nuph_id: r.nuphId,
    replied_on: r.repliedOn,
    data: JSON.stringify(r),
  });
}

export async function findQuestion(q: Queryable, id: string): Promise<NuphQuestion | null> {
  const row = await rowByKey(q, 'nuph_question', 'id', id);
  return row ? fromData<NuphQuestion>(row) : null;
}

export async function findReply(q: Queryable, id: string): Promise<NuphQuestionReply | null> {
  const row = await rowByKey(q, 'nuph_question_reply', 'id', id);
  return row ? fromData<NuphQuestionReply>(row) : null;
}

export async function replyTo(q: Queryable, questionId: string): Promise<NuphQuestionReply | null> {
  const row = await rowByKey(q, 'nuph_question_reply', 'question_id', questionId);
  return row ? fromData<NuphQuestionReply>(row) : null;
}

/** The NUPH's questions, oldest first, and the replies to them. */
export async function dialogOf(
  q: Queryable,
  nuphId: string,
): Promise<{ questions: NuphQuestion[]; replies: NuphQuestionReply[] }> {
  const [questions, replies] = await Promise.all([
    rowsWhere(q, 'nuph_question', 'nuph_id', nuphId, 'id'),
    rowsWhere(q, 'nuph_question_reply', 'nuph_id', nuphId, 'id'),
  ]);
  return {
    questions: questions.map((r) => fromData<NuphQuestion>(r)).sort((a, b) => a.askedAt.localeCompare(b.askedAt)),
    replies: replies.map((r) => fromData<NuphQuestionReply>(r)),
  };
}

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

/** Deletes the NUPH documents stored on or before `lastDay` with their bytes; returns how many documents. */
export async function deleteDocumentsStoredOnOrBefore(trx: Transaction, lastDay: IsoDate): Promise<number> {
  const due = (await trx('nuph_document').whereNotNull('nuph_id').where('stored_on', '<=', lastDay).select('id')) as {
    id: string;
  }[];
  return deleteDocuments(
    trx,
    due.map((r) => String(r.id)),
  );
}

/** Ids per DELETE … WHERE … IN (…): below every dialect's parameter limit. */
const IDS_PER_DELETE = 500;

/** Deletes the documents `ids` with their bytes; returns how many rows went. */
export async function deleteDocuments(trx: Transaction, ids: readonly string[]): Promise<number> {
  let deleted = 0;
  const bytes = documentBytesOf(trx);
  for (let i = 0; i < ids.length; i += IDS_PER_DELETE) {
    const some = ids.slice(i, i + IDS_PER_DELETE);
    await bytes.remove(trx, some);
    deleted += Number(await trx('nuph_document').whereIn('id', some).delete());
  }
  return deleted;
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
