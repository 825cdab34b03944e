// The web console (issue 18): /console on the facade's own listener, server-rendered HTML, read-only but for one
// button (replay an organisation's dead letters). Pages: the last requests (/console, one request at
// /console/requests/<id>), a citizen on a date (/console/citizen?person=<CPR>&date=<YYYY-MM-DD>), the
// organisations (/console/organisations, one at /console/organisations/<type>:<code>). Behind CONSOLE_TOKEN
// (./consoleAccess.ts): unset, every /console path answers 404; without the token, 401 with a sign-in form.
// CPR numbers are masked unless the URL asks `?cpr=show`.
import type http from 'node:http';
import type { Knex } from 'knex';
import { buildClientReport } from '../app/clientReport/report.ts';
import type { Clock } from '../clock.ts';
import type { RequestJournal } from '../observability/requestJournal.ts';
import { replayDeadLetters } from '../outbox/pushDispatcher.ts';
import { receiverOverview, receivers } from '../outbox/receiverOverview.ts';
import { citizenTimeline } from '../store/citizenTimeline.ts';
import { citizenPage } from './citizenPage.ts';
import { consoleAccess, consoleCookie, crossOrigin, isConsoleToken } from './consoleAccess.ts';
import { escapeHtml, page, Shown } from './html.ts';
import { organisationPage, organisationsPage } from './organisationPages.ts';
import { requestPage, requestsPage } from './requestPages.ts';

export interface ConsoleOptions {
  /** CONSOLE_TOKEN; null: no console (404). */
  token: string | null;
  /** The request journal the facade keeps while the console is on. */
  journal: RequestJournal | null;
}

export interface ConsoleDeps {
  db: Knex;
  clock: Clock;
}

/** Whether a path is the console's. */
export const isConsolePath = (pathname: string) => pathname === '/console' || pathname.startsWith('/console/');

const HEADERS = [
  'content-security-policy',
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options',
  'nosniff',
  'referrer-policy',
  'no-referrer',
  'cache-control',
  'no-store',
];
const MAX_FORM_BYTES = 4096;

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function answer(res: http.ServerResponse, status: number, html: string, extra: string[] = []): void {
  res.writeHead(status, ['content-type', 'text/html; charset=utf-8', ...HEADERS, ...extra]);
  res.end(html);
}

function redirect(res: http.ServerResponse, location: string, extra: string[] = []): void {
  res.writeHead(303, ['location', location, ...HEADERS, ...extra]);
  res.end();
}

function notFound(res: http.ServerResponse): void {
  res.writeHead(404, ['content-type', 'text/plain', ...HEADERS]);
  res.end('not found');
}

function formOf(req: http.IncomingMessage): Promise<URLSearchParams | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_FORM_BYTES) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_FORM_BYTES ? null : new URLSearchParams(Buffer.concat(chunks).toString())));
    req.on('error', () => resolve(null));
  });
}

const signIn = (shown: Shown, wrong: boolean) =>
  page(
    'Sign in',
    `${wrong ? '<p><b>That is not the console token.</b></p>' : ''}<form method="post" action="/console/login">
<label>Console token (CONSOLE_TOKEN) <input type="password" name="token" required autocomplete="current-password"></label>
<button>Sign in</button></form>`,
    shown,
  );

/** Answers a request for a /console path (`isConsolePath`). */
export async function handleConsole(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  baseUrl: string,
  options: ConsoleOptions,
  deps: ConsoleDeps,
): Promise<void> {
  const { token } = options;
  const shown = new Shown(url.searchParams.get('cpr') === 'show');
  if (token === null) {
    req.resume();
    return notFound(res);
  }
  const post = req.method === 'POST';
  if (post && crossOrigin(req, baseUrl)) {
    req.resume();
    return answer(res, 403, page('Refused', '<p>A form of another site may not post here.</p>', shown));
  }
  if (post && url.pathname === '/console/login') {
    const form = await formOf(req);
    const presented = form?.get('token') ?? '';
    if (!isConsoleToken(token, presented)) return answer(res, 401, signIn(shown, true));
    return redirect(res, '/console', ['set-cookie', consoleCookie(token, baseUrl.startsWith('https:'))]);
  }
  const access = consoleAccess(token, req);
  if (access !== 'granted') {
    req.resume();
    return answer(res, 401, signIn(shown, false), ['www-authenticate', 'Bearer realm="console"']);
  }
  const organisation = /^\/console\/organisations\/(\d+)(?::|%3A)([^/]+?)(\/replay)?$/i.exec(url.pathname);
  const code = organisation ? decoded(organisation[2]!) : null;
  if (post) {
    req.resume();
    if (!organisation?.[3] || code === null) return notFound(res);
    const receiver = { organisationType: Number(organisation[1]), organisationCode: code };
    const replayed = await replayDeadLetters(deps.db, { receiver });
    const back = `/console/organisations/${receiver.organisationType}:${encodeURIComponent(code)}`;
    return redirect(res, `${back}?replayed=${replayed}${shown.query ? `&${shown.query}` : ''}`);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res);
  if (url.pathname === '/console' || url.pathname === '/console/') {
    const journal = options.journal;
    return answer(
      res,
      200,
      requestsPage(journal?.latest() ?? [], journal?.size ?? 0, shown, url.searchParams.get('live') === '1'),
    );
  }
  const requestId = /^\/console\/requests\/([^/]+)$/.exec(url.pathname)?.[1];
  if (requestId !== undefined) {
    const entry = options.journal?.find(decoded(requestId) ?? '') ?? null;
    if (entry === null)
      return answer(res, 404, page('Request', '<p>This request is not (or no longer) in the journal.</p>', shown));
    return answer(res, 200, requestPage(entry, shown));
  }
  if (url.pathname === '/console/citizen') {
    const cpr = url.searchParams.get('person') ?? '';
    const date = url.searchParams.get('date') || deps.clock.today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return answer(res, 400, citizenPage('', deps.clock.today(), null, shown));
    if (cpr === '') return answer(res, 200, citizenPage('', date, null, shown));
    if (!/^\d{10}$/.test(cpr)) return answer(res, 400, citizenPage('', date, null, shown));
    return answer(res, 200, citizenPage(cpr, date, await citizenTimeline(deps.db, cpr, date), shown));
  }
  if (url.pathname === '/console/organisations')
    return answer(res, 200, organisationsPage(await receivers(deps.db), shown));
  if (organisation && !organisation[3] && code !== null) {
    const receiver = { organisationType: Number(organisation[1]), organisationCode: code };
    const replayed = url.searchParams.get('replayed');
    return answer(
      res,
      200,
      organisationPage(
        receiver,
        await receiverOverview(deps.db, receiver),
        shown,
        replayed === null ? null : Number(replayed) || 0,
        await buildClientReport(deps.db, { ...receiver, since: null }),
      ),
    );
  }
  return answer(res, 404, page('Not found', `<p>No console page at ${escapeHtml(url.pathname)}.</p>`, shown));
}
