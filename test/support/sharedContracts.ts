// The contract notes in ../shared/contracts (read-only, beside the project). A checkout elsewhere on
// this machine finds them at /work/shared; DFDG_SHARED_DIR points at another copy. Missing notes fail
// the tests that read them, with this message, rather than skipping them.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function sharedContract(file: string): string {
  const candidates = [process.env.DFDG_SHARED_DIR, path.resolve(ROOT, '../shared'), '/work/shared'].filter(
    (d): d is string => !!d,
  );
  for (const dir of candidates) {
    const full = path.join(dir, 'contracts', file);
    if (fs.existsSync(full)) return fs.readFileSync(full, 'utf8');
  }
  throw new Error(`contracts/${file} not found in ${candidates.join(', ')}; set DFDG_SHARED_DIR to the shared folder`);
}
