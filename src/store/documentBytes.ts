// Where a stored document's bytes live (R-AK-07, R-PLAN-18; the document's row says what it is): two stores behind
// one interface, chosen by the database.
// - On the embedded SQLite database (a file), each document is one file in a folder beside the database file
//   (`<database file>.documents/<document id>`), written from the stream and read back through one reused buffer.
//   Its bytes never pass through SQLite's page cache (64 MiB, `cache_size`) and no buffer per piece is left for the
//   garbage collector, so storing and reading back a 15 MB document raises the server's RSS by less than the
//   document's size (bench/nuphDocumentRss.ts; the chunk rows raised it by 3× on a fresh server, D-264).
//   The file is complete and synced under a temporary name, renamed to its id inside the storing transaction, and
//   removed again if that transaction rolls back; files of deleted rows are removed once the delete commits, and
//   what a crash leaves between the two (`.part` files, a file whose row never committed) is swept by the
//   deletion engine (D-264).
// - On PostgreSQL and SQL Server (several facade processes, perhaps on several hosts) and on an in-memory SQLite
//   database, the bytes are rows of at most DOCUMENT_CHUNK_BYTES in `nuph_document_chunk` (025), in the
//   storing transaction like any row.
import fs from 'node:fs';
import path from 'node:path';
import type { Queryable, Transaction } from './queryable.ts';
import { insertRow } from './statements.ts';

/** Bytes per stored chunk row, and per read of a document file. */
export const DOCUMENT_CHUNK_BYTES = 256 * 1024;

export interface DocumentBytes {
  /** Stores the bytes of document `id` in `trx`; returns how many were given (stopping past `declared`). */
  write(trx: Transaction, id: string, content: AsyncIterable<Uint8Array>, declared: number): Promise<number>;
  /** The bytes in order, each chunk valid until the next is asked for. */
  read(q: Queryable, id: string): AsyncIterable<Uint8Array>;
  /** Removes the bytes of the documents `ids` (whose rows `trx` deletes). */
  remove(trx: Transaction, ids: readonly string[]): Promise<void>;
}

/** The file of the SQLite database `q` runs on, or null (another dialect, or an in-memory database). */
function sqliteFileOf(q: Queryable): string | null {
  const config = (q as { client?: { config?: { client?: unknown; connection?: { filename?: unknown } } } }).client
    ?.config;
  const filename = config?.connection?.filename;
  return typeof filename === 'string' && filename !== ':memory:' && filename !== '' ? filename : null;
}

/** The folder of the document files of the SQLite database `file`. */
export const documentFolderOf = (file: string): string => `${path.resolve(file)}.documents`;

/** The store of the documents' bytes on the database `q` runs on. */
export function documentBytesOf(q: Queryable): DocumentBytes {
  const file = sqliteFileOf(q);
  return file ? documentFiles(documentFolderOf(file)) : chunkRows;
}

const chunkRows: DocumentBytes = {
  async write(trx, id, content, declared) {
    // one buffer for every chunk: each insert is awaited (and copies its bytes) before the buffer is refilled
    const chunk = Buffer.alloc(Math.min(DOCUMENT_CHUNK_BYTES, Math.max(declared, 1)));
    let seq = 0;
    let fill = 0;
    let written = 0;
    const flush = async () => {
      await insertRow(trx, 'nuph_document_chunk', { document_id: id, seq: seq++, content: chunk.subarray(0, fill) });
      fill = 0;
    };
    for await (const piece of content) {
      written += piece.byteLength;
      if (written > declared) break;
      for (let at = 0; at < piece.byteLength;) {
        const n = Math.min(chunk.length - fill, piece.byteLength - at);
        chunk.set(piece.subarray(at, at + n), fill);
        fill += n;
        at += n;
        if (fill === chunk.length) await flush();
      }
    }
    if (fill > 0) await flush();
    return written;
  },
  async *read(q, id) {
    for (let seq = 0; ; seq++) {
      const row = (await q('nuph_document_chunk').where({ document_id: id, seq }).first('content')) as
        { content: Buffer | Uint8Array } | undefined;
      if (!row) return;
      yield row.content;
    }
  },
  async remove(trx, ids) {
    if (ids.length > 0) await trx('nuph_document_chunk').whereIn('document_id', ids).delete();
  },
};

/** The bytes of `file` in order, a piece at a time into one reused buffer of DOCUMENT_CHUNK_BYTES: each chunk is
 *  valid until the next is asked for (a stored document's file; an upload's staging file, src/soap/documentUpload.ts). */
export async function* fileChunks(file: string): AsyncIterable<Uint8Array> {
  const handle = await fs.promises.open(file, 'r');
  const buffer = Buffer.alloc(DOCUMENT_CHUNK_BYTES);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Runs `then` once `trx` has committed (a knex transaction's, or a group-commit member's, executionPromise). */
function afterCommit(trx: Transaction, then: () => Promise<unknown>, onRollback?: () => Promise<unknown>): void {
  const execution = (trx as { executionPromise?: Promise<unknown> }).executionPromise;
  if (!execution) throw new Error('document files are written and removed inside a transaction');
  execution.then(
    () => then().catch(() => {}),
    () => onRollback?.().catch(() => {}),
  );
}

const PART = '.part';

function documentFiles(folder: string): DocumentBytes {
  const fileOf = (id: string) => {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`not a document id: ${id}`);
    return path.join(folder, id);
  };
  return {
    async write(trx, id, content, declared) {
      await fs.promises.mkdir(folder, { recursive: true, mode: 0o700 });
      const final = fileOf(id);
      const part = final + PART;
      const handle = await fs.promises.open(part, 'wx', 0o600);
      let written = 0;
      try {
        for await (const piece of content) {
          written += piece.byteLength;
          if (written > declared) break;
          for (let at = 0; at < piece.byteLength;)
            at += (await handle.write(piece, at, piece.byteLength - at)).bytesWritten;
        }
        // durable before its row can commit: a committed row never points at bytes a power cut lost
        await handle.datasync();
      } catch (err) {
        await handle.close();
        await fs.promises.rm(part, { force: true });
        throw err;
      }
      await handle.close();
      if (written !== declared) {
        await fs.promises.rm(part, { force: true });
        return written;
      }
      await fs.promises.rename(part, final);
      afterCommit(
        trx,
        async () => {},
        () => fs.promises.rm(final, { force: true }),
      );
      return written;
    },
    async *read(_q, id) {
      yield* fileChunks(fileOf(id));
    },
    async remove(trx, ids) {
      const files = ids.map(fileOf);
      afterCommit(trx, () => Promise.all(files.map((f) => fs.promises.rm(f, { force: true }))));
    },
  };
}

/** The file holding document `id`'s bytes, or null when the bytes are rows (diagnostics, tests). */
export function documentFileOf(q: Queryable, id: string): string | null {
  const file = sqliteFileOf(q);
  return file ? path.join(documentFolderOf(file), id) : null;
}

/** Removes the stray document files of `db` (strayDocumentFiles; at most `limit`); returns how many. */
export async function removeStrayDocumentFiles(
  db: Queryable,
  nowMs: number,
  graceMs: number,
  limit?: number,
): Promise<number> {
  const files = ((await strayDocumentFiles(db, nowMs, graceMs)) ?? []).slice(0, limit);
  for (const f of files) await fs.promises.rm(f, { force: true });
  return files.length;
}

/** Files in the document folder of `db` older than `graceMs` whose document has no row: left by a crash between
 *  writing a file and committing (or after deleting) its row. Null when the bytes are rows (nothing to sweep). */
export async function strayDocumentFiles(db: Queryable, nowMs: number, graceMs: number): Promise<string[] | null> {
  const file = sqliteFileOf(db);
  if (!file) return null;
  const folder = documentFolderOf(file);
  const names = await fs.promises.readdir(folder).catch(() => [] as string[]);
  const old: string[] = [];
  for (const name of names) {
    const stat = await fs.promises.stat(path.join(folder, name)).catch(() => null);
    if (stat?.isFile() && nowMs - stat.mtimeMs > graceMs) old.push(name);
  }
  const ids = old.filter((n) => !n.endsWith(PART));
  const rows = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const found = (await db('nuph_document')
      .whereIn('id', ids.slice(i, i + 500))
      .select('id')) as { id: string }[];
    for (const r of found) rows.add(String(r.id));
  }
  return old.filter((n) => n.endsWith(PART) || !rows.has(n)).map((n) => path.join(folder, n));
}
