// Reads one object of a parsed fixture with the path of every field at hand, so a bad fixture fails
// with a message like `persons[2].absences[0].startDate: must be a date YYYY-MM-DD, got "2024-13-01"`.
// Unknown fields are errors too: a typo must not silently fall back to a default.

export class FixtureError extends Error {
  override name = 'FixtureError';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const show = (v: unknown) =>
  typeof v === 'string' ? JSON.stringify(v) : v instanceof Date ? v.toISOString() : String(v);

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export class FixtureObject {
  private readonly seen = new Set<string>();

  constructor(
    readonly path: string,
    private readonly value: Record<string, unknown>,
  ) {}

  static of(value: unknown, path: string): FixtureObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new FixtureError(`${path || 'scenario'}: must be an object, got ${show(value)}`);
    return new FixtureObject(path, value as Record<string, unknown>);
  }

  private at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  private raw(key: string): unknown {
    this.seen.add(key);
    return this.value[key];
  }

  private fail(key: string, expected: string, got: unknown): never {
    throw new FixtureError(`${this.at(key)}: must be ${expected}, got ${show(got)}`);
  }

  has(key: string): boolean {
    return this.value[key] !== undefined;
  }

  /** A required string; numbers are refused because YAML drops leading zeros of unquoted digits. */
  string(key: string, pattern?: RegExp, describe = 'a string'): string {
    const v = this.raw(key);
    if (v === undefined || v === null) throw new FixtureError(`${this.at(key)}: is required (${describe})`);
    if (typeof v !== 'string') this.fail(key, `${describe} (quote it)`, v);
    if (pattern && !pattern.test(v)) this.fail(key, describe, v);
    return v;
  }

  optionalString(key: string, pattern?: RegExp, describe = 'a string or null'): string | null {
    const v = this.raw(key);
    return v === undefined || v === null ? null : this.string(key, pattern, describe);
  }

  digits(key: string, count: number): string {
    return this.string(key, new RegExp(`^\\d{${count}}$`), `a string of ${count} digits`);
  }

  optionalDigits(key: string, count: number): string | null {
    return this.optionalString(key, new RegExp(`^\\d{${count}}$`), `a string of ${count} digits or null`);
  }

  date(key: string): string {
    const v = this.raw(key);
    if (v === undefined || v === null) throw new FixtureError(`${this.at(key)}: is required (a date YYYY-MM-DD)`);
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    if (typeof s !== 'string' || !isCalendarDate(s)) this.fail(key, 'a date YYYY-MM-DD', v);
    return s;
  }

  optionalDate(key: string): string | null {
    const v = this.raw(key);
    return v === undefined || v === null ? null : this.date(key);
  }

  integer(key: string): number {
    const v = this.raw(key);
    if (v === undefined || v === null) throw new FixtureError(`${this.at(key)}: is required (an integer)`);
    if (typeof v !== 'number' || !Number.isInteger(v)) this.fail(key, 'an integer', v);
    return v;
  }

  optionalInteger(key: string): number | null {
    const v = this.raw(key);
    return v === undefined || v === null ? null : this.integer(key);
  }

  number(key: string): number {
    const v = this.raw(key);
    if (v === undefined || v === null) throw new FixtureError(`${this.at(key)}: is required (a number)`);
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(key, 'a number', v);
    return v;
  }

  optionalNumber(key: string): number | null {
    const v = this.raw(key);
    return v === undefined || v === null ? null : this.number(key);
  }

  boolean(key: string, fallback: boolean): boolean {
    const v = this.raw(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') this.fail(key, 'true or false', v);
    return v;
  }

  /** An optional uuid (stored lower-case); a new one when absent. */
  id(key = 'id'): string {
    const v = this.optionalString(key, UUID, 'a uuid');
    return v === null ? crypto.randomUUID() : v.toLowerCase();
  }

  object(key: string): FixtureObject | null {
    const v = this.raw(key);
    return v === undefined || v === null ? null : FixtureObject.of(v, this.at(key));
  }

  requiredObject(key: string): FixtureObject {
    const v = this.object(key);
    if (v === null) throw new FixtureError(`${this.at(key)}: is required (an object)`);
    return v;
  }

  list(key: string): FixtureObject[] {
    const v = this.raw(key);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(key, 'a list', v);
    return v.map((item, i) => FixtureObject.of(item, `${this.at(key)}[${i}]`));
  }

  /** A list of non-empty strings (empty when absent); numbers are taken as their digits (YAML drops quotes). */
  strings(key: string): string[] {
    const v = this.raw(key);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(key, 'a list of strings', v);
    return v.map((item, i) => {
      if ((typeof item !== 'string' && typeof item !== 'number') || String(item).trim() === '')
        this.fail(`${key}[${i}]`, 'a non-empty string', item);
      return String(item);
    });
  }

  /** Call after reading every field: refuses fields the reader did not ask for. */
  done(): void {
    const unknown = Object.keys(this.value).filter((k) => !this.seen.has(k));
    if (unknown.length > 0)
      throw new FixtureError(`${this.at(unknown[0]!)}: unknown field (known: ${[...this.seen].join(', ')})`);
  }
}
