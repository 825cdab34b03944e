// The NUPH dialog (R-AK-06, R-AK-07): a question by one party of a NUPH (its jobcentre or its a-kasse) about the
// NUPH or about its answer, the other party's reply, and the documents attached to a NUPH, an answer, a question or
// a reply. Stored by src/store/nuphDialogRepository.ts and, the documents, src/store/documentRepository.ts (a document's
// bytes apart from what it is).
import { createHash } from 'node:crypto';
import type { IsoDate } from './types.ts';

export interface Party {
  organisationType: number;
  organisationCode: string;
}

/** What a question is about: the NUPH itself or the answer to it (R-AK-06). */
export type QuestionSubject = 'nuph' | 'answer';

export interface NuphQuestion {
  id: string;
  nuphId: string;
  cpr: string;
  subject: QuestionSubject;
  askedBy: Party;
  /** The other party: who is notified and may reply. */
  askedOf: Party;
  askedByUser: string;
  text: string;
  askedAt: string;
  askedOn: IsoDate;
}

export interface NuphQuestionReply {
  id: string;
  questionId: string;
  nuphId: string;
  repliedBy: Party;
  repliedByUser: string;
  text: string;
  repliedAt: string;
  repliedOn: IsoDate;
}

/** What a document is attached to: a NUPH's item (R-AK-07) or a rehabilitation process (R-PLAN-18). */
export type DocumentOwnerKind = NuphItemKind | 'rehabiliteringsforloeb';

/** The items of a NUPH a document may be attached to (R-AK-07). */
export type NuphItemKind = 'nuph' | 'answer' | 'question' | 'reply';

/** A stored document (the NUPH dialog's, and a rehabilitation process's, which belongs to no NUPH). */
export interface NuphDocument {
  id: string;
  /** The NUPH of a NUPH item's document; null for a rehabilitation process's document. */
  nuphId: string | null;
  ownerKind: DocumentOwnerKind;
  ownerId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  /** The business date it was stored: R-DEL-06 deletes a NUPH's document 12 months later. */
  storedOn: IsoDate;
  storedAt: string;
  storedBy: Party;
}

/** A document's bytes as they arrive or leave: read a piece at a time, never whole (R-AK-07). */
export interface DocumentContent {
  readonly byteLength: number;
  /** Hex SHA-256 of the bytes. */
  readonly sha256: string;
  /** The bytes in order; a chunk may be a reused buffer, valid until the next one is asked for. */
  chunks(): AsyncIterable<Uint8Array>;
}

/** A document's bytes already in memory (a small document sent inline), as a DocumentContent. */
export function contentOfBytes(bytes: Uint8Array): DocumentContent {
  return {
    byteLength: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    async *chunks() {
      if (bytes.byteLength > 0) yield bytes;
    },
  };
}
