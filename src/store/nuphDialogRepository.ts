// Reading and writing the NUPH dialog (025_nuph_dialog): questions and replies. The documents attached to a NUPH's
// items are kept with every other document (./documentRepository.ts).
import type { NuphQuestion, NuphQuestionReply } from '../domain/nuphDialog.ts';
import type { NuphAnswer } from '../domain/nuph.ts';
import type { Queryable, Transaction } from './queryable.ts';
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
