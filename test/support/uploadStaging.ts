// The upload staging directory (src/soap/documentUpload.ts) as the document tests see it: it is shared with every
// server uploading at the same time, so a test asks only for the staging files that appeared since it began.
import fs from 'node:fs';
import { UPLOAD_STAGING_DIR } from '../../src/soap/documentUpload.ts';

/** The staging files present now. */
export const stagingFiles = (): Set<string> =>
  new Set(fs.existsSync(UPLOAD_STAGING_DIR) ? fs.readdirSync(UPLOAD_STAGING_DIR) : []);

/** Staging files that appeared since `before` and are still there: the test's own would be among them. */
export const leftSince = (before: Set<string>): string[] => [...stagingFiles()].filter((f) => !before.has(f));
