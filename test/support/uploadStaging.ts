// The upload staging directory (UPLOAD_STAGING_DIR, src/soap/documentUpload.ts) as the document tests see it:
// each harness has its own (test/support/soapHarness.ts), so only its server's uploads are there.
import fs from 'node:fs';

/** The staging files in `dir` now. */
export const stagingFiles = (dir: string): Set<string> => new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);

/** Staging files in `dir` that appeared since `before` and are still there: the test's own would be among them. */
export const leftSince = (dir: string, before: Set<string>): string[] =>
  [...stagingFiles(dir)].filter((f) => !before.has(f));
