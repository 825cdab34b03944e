// Who may open the console (issue 18): only a caller presenting the configured CONSOLE_TOKEN, as
// `Authorization: Bearer <token>` (scripts, CI) or as the cookie its sign-in form sets (a browser); without a
// configured token /console does not exist (404), as /metrics without METRICS_TOKEN (./../soap/metricsAccess.ts,
// whose constant-time comparison this reuses). The cookie is HttpOnly and SameSite=Strict, so another site's page
// cannot make the browser send it with a POST (the replay button); a POST from another origin is refused anyway.
import type http from 'node:http';
import { metricsAccess, type MetricsAccess } from '../soap/metricsAccess.ts';

export const CONSOLE_COOKIE = 'dfdg_console';

function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === CONSOLE_COOKIE) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

export function consoleAccess(token: string | null, req: http.IncomingMessage): MetricsAccess {
  if (token === null) return 'not-configured';
  if (metricsAccess(token, req.headers.authorization) === 'granted') return 'granted';
  const fromCookie = cookieToken(req.headers.cookie);
  return fromCookie !== undefined ? metricsAccess(token, `Bearer ${fromCookie}`) : 'refused';
}

/** Whether `presented` (the sign-in form's field) is the token. */
export const isConsoleToken = (token: string, presented: string) =>
  metricsAccess(token, `Bearer ${presented}`) === 'granted';

/** The Set-Cookie value after a sign-in: for /console only, not readable by script, never sent cross-site. */
export const consoleCookie = (token: string, overTls: boolean) =>
  `${CONSOLE_COOKIE}=${encodeURIComponent(token)}; Path=/console; HttpOnly; SameSite=Strict${overTls ? '; Secure' : ''}`;

/** A POST whose Origin (when the browser sends one) is not this server's. */
export function crossOrigin(req: http.IncomingMessage, baseUrl: string): boolean {
  const origin = req.headers.origin;
  return origin !== undefined && origin !== 'null' && origin !== baseUrl;
}
