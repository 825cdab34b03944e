// Documents on a NUPH, its answer, a question or a reply (R-AK-07): attached by the party that wrote the item,
// read by either party of the NUPH. Stored and read back like every document (../documents/storedDocument.ts: the
// bytes stream in from the transport's staging file and out a piece at a time, never the whole document in
// memory); the owners, parties, rules and faults are the NUPH dialog's. Deleted 12 months after storage (R-DEL-06,
// ./retention.ts).
import type { DocumentContent, NuphDocument, NuphItemKind, Party } from '../../domain/nuphDialog.ts';
import type { Nuph } from '../../domain/nuph.ts';
import type { AuthorityActor } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { nuphDocumentRules } from '../../rules/index.ts';
import { findNuphAnswerById, findQuestion, findReply } from '../../store/nuphDialogRepository.ts';
import { findNuph } from '../../store/nuphRepository.ts';
import type { Queryable } from '../../store/queryable.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import {
  findStoredDocument,
  readableDocument,
  storeDocument,
  type DocumentMeta,
  type ReadableDocument,
} from '../documents/storedDocument.ts';
import { partiesOf, partyOf, requireNuph, requireParty } from './nuphDialog.ts';

export interface DocumentOwner {
  kind: NuphItemKind;
  id: string;
}

/** The NUPH the item belongs to and the party that wrote the item. */
async function ownerOf(q: Queryable, owner: DocumentOwner): Promise<{ nuph: Nuph; author: Party }> {
  const id = owner.id.toLowerCase();
  const unknown = () => fault('UnknownNuphDocumentOwner', `${owner.kind} ${owner.id}`);
  switch (owner.kind) {
    case 'nuph': {
      const nuph = await findNuph(q, id);
      if (!nuph) throw fault('UnknownNuph', `NuphIdentifier ${owner.id}`);
      return { nuph, author: partiesOf(nuph).jobcentre };
    }
    case 'answer': {
      const answer = await findNuphAnswerById(q, id);
      if (!answer) throw unknown();
      const nuph = await requireNuph(q, answer.nuphId);
      return { nuph, author: partiesOf(nuph).akasse };
    }
    case 'question': {
      const question = await findQuestion(q, id);
      if (!question) throw unknown();
      return { nuph: await requireNuph(q, question.nuphId), author: question.askedBy };
    }
    case 'reply': {
      const reply = await findReply(q, id);
      if (!reply) throw unknown();
      return { nuph: await requireNuph(q, reply.nuphId), author: reply.repliedBy };
    }
  }
}

const sameParty = (a: Party, b: Party) =>
  a.organisationType === b.organisationType && a.organisationCode === b.organisationCode;

/** CreateDokument: checks who attaches and the document (R-AK-07), then stores its bytes and row. */
export async function attachDocument(
  w: WriteContext,
  by: AuthorityActor,
  owner: DocumentOwner,
  meta: DocumentMeta,
  content: DocumentContent,
): Promise<NuphDocument> {
  const { nuph, author } = await ownerOf(w.trx, owner);
  const writer = partyOf(by);
  requireParty(nuph, writer);
  if (!sameParty(author, writer)) throw fault('NuphDocumentNotAuthor', `${owner.kind} ${owner.id}`);
  return storeDocument(
    w,
    nuphDocumentRules,
    by,
    { nuphId: nuph.id, ownerKind: owner.kind, ownerId: owner.id.toLowerCase() },
    meta,
    content,
  );
}

/** GetDokument: the document and its bytes (read as they are sent), for the NUPH's two parties. */
export async function nuphDocument(r: ReadContext, by: AuthorityActor, documentId: string): Promise<ReadableDocument> {
  const document = await findStoredDocument(r.db, documentId);
  // a rehabilitation process's document is not the NUPH dialog's to hand out
  if (!document || document.nuphId === null) throw fault('UnknownNuphDocument', `DokumentIdentifier ${documentId}`);
  requireParty(await requireNuph(r.db, document.nuphId), partyOf(by));
  return readableDocument(r.db, document);
}
