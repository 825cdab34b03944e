// Generated blocks inside a hand-written Markdown file: the text between `<!-- NAME: … -->` and
// `<!-- /NAME -->` belongs to a generator, everything else to the authors.
export function replaceBlock(text: string, name: string, body: string): string {
  const start = new RegExp(`<!-- ${name}:[^>]*-->\\n`);
  const end = `<!-- /${name} -->`;
  const from = text.search(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the markers <!-- ${name}: … --> and ${end} are missing`);
  const opening = start.exec(text.slice(from))![0];
  return text.slice(0, from) + opening + body + text.slice(to);
}

/** A Markdown table; a `|` inside a cell is escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |\n`;
  return line(header) + line(header.map(() => '---')) + rows.map(line).join('');
}
