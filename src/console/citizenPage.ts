// The console's citizen page: a citizen as the facade holds them on a chosen date (src/store/citizenTimeline.ts) —
// every dated row oldest first (absences, contact groups, summonses, bookings, deadlines, job orders, plans,
// activities, NUPHs, citizen messages …) and the notifications about them with receiver and delivery state.
import type { CitizenTimeline, Row } from '../store/citizenTimeline.ts';
import { escapeHtml, maskCprs, page, Shown, table } from './html.ts';

/** What the tables are called on the page; a table not named here is shown by its own name. */
const KINDS: Record<string, string> = {
  absence: 'absence',
  contact_group: 'contact group',
  summons: 'summons',
  online_offer: 'booking offer',
  deadline: 'deadline',
  held_interview: 'held interview',
  immediate_booking: 'immediate booking',
  participation_choice: 'participation choice',
  authority_participant: 'authority participant',
  job_order_candidate: 'job order (candidate)',
  plan_version: 'plan',
  activity: 'activity',
  nuph: 'NUPH',
  citizen_message: 'citizen message',
  citizen_notice: 'notice to the citizen (SMS/e-mail)',
  enrollment: 'enrollment',
  akasse_membership: 'a-kasse membership',
  contact_history: 'contact process history',
};

const kindOf = (table: string) => KINDS[table] ?? table.replaceAll('_', ' ');

/** A row's columns as `name: value` lines, without the CPR and empty ones. */
function details(row: Row, shown: Shown): string {
  return Object.entries(row)
    .filter(([k, v]) => k !== 'cpr' && v !== null && v !== undefined && v !== '')
    .map(([k, v]) => {
      const s = typeof v === 'string' && v.length > 300 ? `${v.slice(0, 300)}… (${v.length} characters)` : v;
      return `<span class="muted">${escapeHtml(k)}</span> ${shown.text(s)}`;
    })
    .join('<br>');
}

export function citizenForm(cpr: string, asOf: string, shown: Shown): string {
  return `<form method="get" action="/console/citizen"><label>CPR <input name="person" value="${shown.text(cpr)}" size="12" required pattern="\\d{10}"></label>
<label>as of <input type="date" name="date" value="${escapeHtml(asOf)}"></label>${shown.showCpr ? '<input type="hidden" name="cpr" value="show">' : ''}
<button>Show</button></form>`;
}

export function citizenPage(cpr: string, asOf: string, t: CitizenTimeline | null, shown: Shown): string {
  const form = citizenForm(shown.showCpr ? cpr : '', asOf, shown);
  if (t === null) return page('Citizen', form, shown);
  const who = shown.showCpr ? cpr : maskCprs(cpr);
  if (t.person === null && t.entries.length === 0 && t.notifications.length === 0)
    return page(`Citizen ${who}`, `${form}<p>The facade holds nothing about this CPR.</p>`, shown);
  const entries = table(
    ['date', 'what', 'details'],
    t.entries.map((e) => [
      `${shown.text(e.date ?? '—')}<br><span class="muted">${escapeHtml(e.dateColumn ?? '')}</span>`,
      escapeHtml(kindOf(e.table)),
      details(e.row, shown),
    ]),
  );
  const notifications = table(
    ['created', 'message type', 'receiver', 'state', 'delivered', 'attempts', 'last error'],
    t.notifications.map((n) => [
      shown.text(n.created_at),
      shown.text(n.message_type),
      shown.text(
        `${String(n.receiver_org_type)}:${String(n.receiver_org_code)}${n.receiver_sub_queue ? ` / ${String(n.receiver_sub_queue)}` : ''}`,
      ),
      shown.text(n.state),
      shown.text(n.delivered_at),
      shown.text(n.attempts),
      shown.text(n.last_error),
    ]),
  );
  return page(
    `Citizen ${who} on ${asOf}`,
    `${form}<h2>Person</h2><p>${t.person ? details(t.person, shown) : 'no person row'}</p>` +
      `<h2>Timeline</h2><p class="muted">Every row held about the citizen dated on or before ${escapeHtml(asOf)}, oldest first (undated rows last).</p>${entries}` +
      `<h2>Notifications</h2>${notifications}`,
    shown,
  );
}
