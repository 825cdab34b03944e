// NUPHs and answers for the NUPH dialog's tests, written straight through the NUPH part's repository
// (src/store/nuphRepository.ts), as that part's operations create them.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Nuph, NuphAnswer } from '../../src/domain/nuph.ts';
import { insertNuph, insertNuphAnswer } from '../../src/store/nuphRepository.ts';

export async function givenNuph(db: Knex, n: Partial<Nuph> & { cpr: string }): Promise<Nuph> {
  const nuph: Nuph = {
    id: randomUUID(),
    akasse: '81',
    jobcentre: '10100',
    origin: 'jobcentre',
    sourceId: null,
    eventCode: 1,
    eventDate: '2024-02-26',
    notifiedOn: '2024-02-27',
    state: 'open',
    comment: null,
    withdrawnOn: null,
    ...n,
  };
  await db.transaction((trx) => insertNuph(trx, nuph));
  return nuph;
}

export async function givenAnswer(db: Knex, nuph: Nuph, a: Partial<NuphAnswer> = {}): Promise<NuphAnswer> {
  const answer: NuphAnswer = {
    id: randomUUID(),
    nuphId: nuph.id,
    answerCode: 1,
    sanctionGiven: false,
    automatic: false,
    answeredOn: '2024-03-01',
    answeredBy: nuph.akasse,
    comment: null,
    ...a,
  };
  await db.transaction((trx) => insertNuphAnswer(trx, answer));
  return answer;
}

/** The NUPH tables are the NUPH part's; the dialog's tests empty them before each test. */
export async function clearNuphs(db: Knex): Promise<void> {
  for (const table of [
    'nuph_document_chunk',
    'nuph_document',
    'nuph_question_reply',
    'nuph_question',
    'nuph_answer',
    'nuph',
  ])
    await db(table).del();
}
