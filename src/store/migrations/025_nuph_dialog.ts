// The NUPH dialog (Underretning.NuphDialogService, R-AK-06/07): questions about a NUPH or its answer and their
// replies (one reply per question), each a row with its filter columns and the domain object as JSON in `data`
// (as 023 keeps NUPHs); and the documents attached to a NUPH, an answer, a question or a reply, stored out of the
// row: `nuph_document` holds what a document is (owner, name, type, size, checksum, the day it was stored — R-DEL-06
// counts from it) and `nuph_document_chunk` its bytes in pieces of at most 256 KiB, so that a 15 MB document is
// written and read a piece at a time on SQLite and PostgreSQL alike. Dialect-neutral.
import type { Knex } from 'knex';

export const NUPH_DIALOG_TABLES = [
  'nuph_question',
  'nuph_question_reply',
  'nuph_document',
  'nuph_document_chunk',
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('nuph_question', (t) => {
    t.string('id', 36).primary();
    t.string('nuph_id', 36).notNullable();
    t.string('asked_on', 10).notNullable();
    t.text('data').notNullable();
    t.index(['nuph_id', 'asked_on']);
  });
  await knex.schema.createTable('nuph_question_reply', (t) => {
    t.string('id', 36).primary();
    t.string('question_id', 36).notNullable().unique();
    t.string('nuph_id', 36).notNullable();
    t.string('replied_on', 10).notNullable();
    t.text('data').notNullable();
    t.index(['nuph_id']);
  });
  await knex.schema.createTable('nuph_document', (t) => {
    t.string('id', 36).primary();
    t.string('nuph_id', 36).notNullable();
    t.string('owner_kind', 10).notNullable();
    t.string('owner_id', 36).notNullable();
    t.string('file_name', 255).notNullable();
    t.string('content_type', 100).notNullable();
    t.bigInteger('size_bytes').notNullable();
    t.string('sha256', 64).notNullable();
    t.string('stored_on', 10).notNullable();
    t.string('stored_at', 40).notNullable();
    t.integer('stored_by_type').notNullable();
    t.string('stored_by_code', 20).notNullable();
    t.index(['nuph_id']);
    t.index(['stored_on']);
  });
  await knex.schema.createTable('nuph_document_chunk', (t) => {
    t.string('document_id', 36).notNullable();
    t.integer('seq').notNullable();
    t.binary('content').notNullable();
    t.primary(['document_id', 'seq']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [...NUPH_DIALOG_TABLES].reverse()) await knex.schema.dropTableIfExists(table);
}
