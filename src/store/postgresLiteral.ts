// A value written into a PostgreSQL statement's text instead of bound: for statements that go out in one simple
// query with others (src/store/postgresClient.ts), where nothing can be bound.

/** `text` as a PostgreSQL string literal: E'…' with each quote and backslash doubled (as pg's escapeLiteral
 *  writes one with a backslash; right whatever standard_conforming_strings says). */
export function postgresLiteral(text: string): string {
  return `E'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}
