// The console's request pages: the last requests of the journal (src/observability/requestJournal.ts), newest
// first, with operation, organisation, status, fault code and text and the rule that refused; and one request
// with its envelopes, pretty-printed, CPR numbers masked unless asked.
import type { JournalEntry } from '../observability/requestJournal.ts';
import { escapeHtml, page, prettyXml, Shown, tableOrNone, unescapeXml } from './html.ts';

const text = (bytes: string | Uint8Array) => (typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'));

/** The faultstring of a fault answer, unescaped; null for an answer that is no fault (or was not kept). */
export function faultTextOf(e: JournalEntry): string | null {
  if (!e.envelopes || e.faultCode === null) return null;
  const m = /<faultstring[^>]*>([\s\S]*?)<\/faultstring>/.exec(text(e.envelopes.response));
  return m ? unescapeXml(m[1]!) : null;
}

const link = (e: JournalEntry, shown: Shown) =>
  `/console/requests/${encodeURIComponent(e.requestId)}${shown.query ? `?${shown.query}` : ''}`;

export function requestsPage(entries: readonly JournalEntry[], size: number, shown: Shown, live: boolean): string {
  const rows = entries.map((e) => [
    `<a href="${escapeHtml(link(e, shown))}">${shown.text(e.at.replace('T', ' ').replace('Z', ''))}</a>`,
    shown.text(e.service),
    shown.text(e.operation),
    shown.text(e.organisation),
    shown.text(e.status),
    `<span class="code">${shown.text(e.faultCode)}</span>`,
    shown.text(faultTextOf(e)),
    `<span class="code">${shown.text(e.ruleId)}</span>`,
    shown.text(`${e.durationMs.toFixed(1)} ms`),
  ]);
  const refresh = live ? '<meta http-equiv="refresh" content="3">' : '';
  const liveLink = live
    ? `<a href="/console${shown.query ? `?${shown.query}` : ''}">stop refreshing</a>`
    : `<a href="/console?live=1${shown.query ? `&${shown.query}` : ''}">refresh every 3 s</a>`;
  return page(
    'Last requests',
    `<p class="muted">The last ${size} requests this process answered on a SOAP endpoint, newest first (${entries.length} kept). ${liveLink}</p>` +
      tableOrNone(
        'No request yet.',
        [
          'completed (UTC)',
          'service',
          'operation',
          'organisation',
          'status',
          'fault code',
          'fault text',
          'rule',
          'time',
        ],
        rows,
        (i) => (entries[i]!.faultCode === null && entries[i]!.status < 400 ? 'ok' : 'fault'),
      ),
    shown,
    refresh,
  );
}

export function requestPage(e: JournalEntry, shown: Shown): string {
  const facts: [string, unknown][] = [
    ['request id', e.requestId],
    ['completed (UTC)', e.at],
    ['service', e.service],
    ['operation', e.operation],
    ['organisation', e.organisation],
    ['user type', e.userType],
    ['client certificate', e.certificate],
    ['HTTP status', e.status],
    ['fault code', e.faultCode],
    ['fault text', faultTextOf(e)],
    ['rule that refused', e.ruleId],
    ['duration', `${e.durationMs.toFixed(2)} ms`],
  ];
  const envelope = (title: string, bytes: string | Uint8Array | undefined, note = '') =>
    `<h2>${escapeHtml(title)}</h2>${note}<pre>${bytes === undefined ? '(not kept)' : shown.text(prettyXml(text(bytes)))}</pre>`;
  return page(
    `${e.operation ?? e.service ?? 'Request'} ${e.faultCode === null ? '' : `— fault ${e.faultCode}`}`,
    `<dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${shown.text(v)}</dd>`).join('')}</dl>` +
      envelope('Request envelope', e.envelopes?.request) +
      envelope(
        'Response envelope',
        e.envelopes?.response,
        e.envelopes?.streamed ? '<p class="muted">The streamed document is left out.</p>' : '',
      ),
    shown,
  );
}
