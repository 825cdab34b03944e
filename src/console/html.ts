// The console's HTML, written on the server: every value goes through `escapeHtml` (the pages run no script at all,
// and their Content-Security-Policy forbids any), CPR numbers are masked unless the operator asks to see them
// (`?cpr=show`), and envelopes are indented for reading.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A CPR number (ten digits, or six, a hyphen and four) shown as its date of birth and `-****`. */
export function maskCprs(text: string): string {
  return text.replace(/(?<!\d)(\d{6})-?\d{4}(?!\d)/g, '$1-****');
}

/** How values are shown on one page: escaped, and masked unless CPRs were asked for. */
export class Shown {
  constructor(readonly showCpr: boolean) {}
  text(value: unknown): string {
    const s =
      value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return escapeHtml(this.showCpr ? s : maskCprs(s));
  }
  /** `?cpr=show` to add to the page's links while CPRs are shown. */
  get query(): string {
    return this.showCpr ? 'cpr=show' : '';
  }
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
export const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!);

const LONG_TEXT = 2000;

/** The XML indented two spaces per level, an element with text only on one line; long text (a base64 document)
 *  is cut. A reading aid, not a parser: what it cannot split stays as it is. */
export function prettyXml(xml: string): string {
  const tokens = xml.replace(/>\s+</g, '><').match(/<[^>]*>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  const pad = () => '  '.repeat(Math.max(depth, 0));
  const cut = (t: string) => (t.length > LONG_TEXT ? `${t.slice(0, LONG_TEXT)}… (${t.length} characters)` : t);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.startsWith('</')) {
      depth--;
      lines.push(pad() + t);
    } else if (!t.startsWith('<')) lines.push(pad() + cut(t.trim()));
    else if (t.startsWith('<?') || t.startsWith('<!') || t.endsWith('/>')) lines.push(pad() + t);
    else if (next !== undefined && !next.startsWith('<') && tokens[i + 2]?.startsWith('</')) {
      lines.push(pad() + t + cut(next) + tokens[i + 2]!);
      i += 2;
    } else if (next?.startsWith('</')) {
      lines.push(pad() + t + next);
      i++;
    } else {
      lines.push(pad() + t);
      depth++;
    }
  }
  return lines.join('\n');
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{background:#14365d;color:#fff;padding:.6rem 1rem;display:flex;gap:1.5rem;align-items:baseline}
header a{color:#fff;text-decoration:none}header b{font-size:1.1rem}
main{padding:1rem}table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:1rem}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
th{background:#eef2f6}tr.fault td{background:#fff1f0}tr.ok td:first-child{border-left:4px solid #2da44e}
tr.fault td:first-child{border-left:4px solid #cf222e}
pre{background:#fff;border:1px solid #d0d7de;padding:.5rem;overflow:auto;font-size:.8rem;max-height:40rem}
.muted{color:#57606a}.code{font-family:ui-monospace,monospace}form.inline{display:inline}
dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}
`;

/** A whole page; `body` is HTML already escaped. */
export function page(title: string, body: string, shown: Shown, head = ''): string {
  const q = shown.query ? `?${shown.query}` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · DFDG facade console</title>
<style>${STYLE}</style>${head}</head><body><header><b>DFDG facade console</b>
<a href="/console${q}">Requests</a><a href="/console/citizen${q}">Citizen</a><a href="/console/organisations${q}">Organisations</a>
<span class="muted">${shown.showCpr ? 'CPR numbers shown' : 'CPR numbers masked (add ?cpr=show to see them)'}</span></header>
<main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/** `table`, or the paragraph `none` when there are no rows. */
export function tableOrNone(
  none: string,
  head: readonly string[],
  rows: readonly string[][],
  rowClass?: (i: number) => string,
): string {
  return rows.length === 0 ? `<p>${escapeHtml(none)}</p>` : table(head, rows, rowClass);
}

/** A table of rows: the header cells and, per row, its cells (HTML already escaped). */
export function table(head: readonly string[], rows: readonly string[][], rowClass?: (i: number) => string): string {
  const cls = (i: number) => (rowClass ? ` class="${escapeHtml(rowClass(i))}"` : '');
  return `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r, i) => `<tr${cls(i)}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}
