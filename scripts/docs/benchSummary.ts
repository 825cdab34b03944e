// The README's performance section: the part of bench/results/summary.md (written by `npm run bench`,
// bench/summary.ts) before its method notes — the stamp and the table of every target — and a link to the rest.
import fs from 'node:fs';
import path from 'node:path';

export const SUMMARY_FILE = path.resolve(import.meta.dirname, '../../bench/results/summary.md');
const METHOD_HEADING = '\n## Method';

/** The README block made from summary.md's text. */
export function readmeBenchBlock(summary: string): string {
  const body = summary.slice(summary.indexOf('\n') + 1); // without the file's H1 title
  const cut = body.indexOf(METHOD_HEADING);
  const table = (cut < 0 ? body : body.slice(0, cut)).trim();
  return `${table}\n\nHow each figure was measured: [bench/results/summary.md](bench/results/summary.md#method).\n`;
}

export const benchSummaryBlock = (): string =>
  fs.existsSync(SUMMARY_FILE)
    ? readmeBenchBlock(fs.readFileSync(SUMMARY_FILE, 'utf8'))
    : 'No benchmark has been run at this commit (`npm run bench`).\n';
