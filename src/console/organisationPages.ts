// The console's organisation pages: every organisation the outbox knows (a message, a sequence or a subscription),
// and one organisation's WSRM queue, sequences, push subscriptions and dead letters, with the one button of the
// console that writes: replay the dead letters (`replayDeadLetters`, as `npm run cli -- replay-dead` does); and what
// the organisation's integration exercised (the client coverage report, src/app/clientReport/report.ts).
import type { ClientReport } from '../app/clientReport/report.ts';
import type { ReceiverOverview } from '../outbox/receiverOverview.ts';
import type { SubscriptionReceiver } from '../outbox/subscriptions.ts';
import { escapeHtml, page, Shown, table, tableOrNone } from './html.ts';

const key = (r: SubscriptionReceiver) => `${r.organisationType}:${r.organisationCode}`;
const path = (r: SubscriptionReceiver) =>
  `/console/organisations/${r.organisationType}:${encodeURIComponent(r.organisationCode)}`;
const withQuery = (path: string, shown: Shown) => (shown.query ? `${path}?${shown.query}` : path);

export function organisationsPage(list: readonly SubscriptionReceiver[], shown: Shown): string {
  return page(
    'Organisations',
    tableOrNone(
      'No organisation has a message, a sequence or a subscription yet.',
      ['organisation (type:code)'],
      list.map((r) => [`<a href="${escapeHtml(withQuery(path(r), shown))}">${shown.text(key(r))}</a>`]),
    ),
    shown,
  );
}

export function organisationPage(
  r: SubscriptionReceiver,
  o: ReceiverOverview,
  shown: Shown,
  replayed: number | null,
  coverage: ClientReport,
): string {
  const replayNote =
    replayed === null ? '' : `<p><b>${escapeHtml(replayed)} dead letter(s) put back on the queue.</b></p>`;
  const replay =
    o.deadLetters.length === 0
      ? ''
      : `<form method="post" class="inline" action="${escapeHtml(withQuery(`${path(r)}/replay`, shown))}"><button>Replay ${o.deadLetters.length} dead letter(s)</button></form>`;
  return page(
    `Organisation ${key(r)}`,
    replayNote +
      '<h2>Queue</h2>' +
      tableOrNone(
        'No messages.',
        ['sub-queue', 'message type', 'state', 'messages'],
        o.queue.map((q) => [
          shown.text(q.subQueue ?? '—'),
          shown.text(q.messageType),
          shown.text(q.state),
          shown.text(q.count),
        ]),
      ) +
      '<h2>WSRM sequences</h2>' +
      tableOrNone(
        'None.',
        ['sequence', 'sub-queue', 'state', 'created', 'ended'],
        o.sequences.map((s) => [
          shown.text(s.id),
          shown.text(s.receiver_sub_queue ?? '—'),
          shown.text(s.state),
          shown.text(s.created_at),
          shown.text(s.ended_at),
        ]),
      ) +
      '<h2>Push subscriptions</h2>' +
      tableOrNone(
        'None.',
        ['message (EntitetNavn)', 'endpoint'],
        o.subscriptions.map((s) => [shown.text(s.entityName), shown.text(s.endpointUrl)]),
      ) +
      coverageSection(coverage, shown) +
      `<h2>Dead letters</h2>${replay}` +
      tableOrNone(
        'None.',
        ['message', 'type', 'citizen', 'created', 'attempts', 'last error'],
        o.deadLetters.map((d) => [
          shown.text(d.id),
          shown.text(d.message_type),
          shown.text(d.citizen_cpr),
          shown.text(d.created_at),
          shown.text(d.attempts),
          shown.text(d.last_error),
        ]),
      ),
    shown,
  );
}

/** The client coverage report as the console shows it: per operation called, the faults got, the documented faults
 *  never got, and the calls the contract's schema refused (as `npm run cli -- client-report` prints it). */
function coverageSection(r: ClientReport, shown: Shown): string {
  const head =
    '<h2>What its integration exercised</h2>' +
    `<p>${shown.text(r.calls)} call(s) counted${r.firstDay ? ` from ${shown.text(r.firstDay)} to ${shown.text(r.lastDay)}` : ''} (the counts are written every few seconds).</p>`;
  if (r.operations.length === 0) return head;
  return (
    head +
    table(
      ['operation', 'calls', 'answered', 'faults got', 'documented faults never got', 'refused by the schema'],
      r.operations.map((o) => [
        shown.text(`${o.service}.${o.operation || '(no operation)'}`),
        shown.text(o.calls),
        shown.text(o.answered),
        shown.text(
          o.faults.map((f) => `${f.code} ×${f.calls}${f.documented ? '' : ' (undocumented)'}`).join(', ') || '—',
        ),
        shown.text(
          o.documentedFaults === null
            ? 'no documented list'
            : o.unexercisedFaults.map((f) => f.code).join(', ') || 'none: every one was got',
        ),
        shown.text(o.deviations.calls === 0 ? '—' : `${o.deviations.calls}: ${o.deviations.example ?? ''}`),
      ]),
    )
  );
}
