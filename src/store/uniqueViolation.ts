// Whether a failed statement failed on a primary or unique key, in each dialect's words: PostgreSQL's
// SQLSTATE 23505, SQLite's extended result codes, SQL Server's errors 2627 (constraint) and 2601 (index).
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; number?: unknown };
  return (
    e.code === '23505' ||
    e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e.number === 2627 ||
    e.number === 2601
  );
}
