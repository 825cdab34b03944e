// Reads one object of a parsed fixture with the path of every field at hand, so a bad fixture fails
// with a message like `persons[2].absences[0].startDate: must be a date YYYY-MM-DD, got "2024-13-01"`.
// Unknown fields are errors too: a typo must not silently fall back to a default.

export class FixtureError extends Error {
  override name = 'FixtureError';
}

/** One field a reader asked for, as the scenario format's reference page shows it (docs/scenario-format.md). */
export interface FieldSpec {
  /** The object's path with list indices dropped: `persons[].absences[]`; '' for the top level. */
  object: string;
  key: string;
  type: string;
  required: boolean;
  /** What an absent field becomes: a literal, a description of the reader's fallback, or null (no default). */
  default: string | null;
  /** The first value a sample gave it (null when no sample did). */
  example: unknown;
}

/** Collects the fields every reader asks for while samples are read (`npm run docs:scenarios`): the readers'
 *  calls are the schema, so the reference page cannot describe a field the readers do not read. */
export class FieldRecorder {
  readonly fields = new Map<string, FieldSpec>();

  record(object: string, key: string, type: string, required: boolean, fallback: string | null, value: unknown): void {
    const id = `${object}\u0000${key}`;
    const seen = this.fields.get(id);
    const example = value === undefined || value === null ? null : value;
    if (!seen) {
      this.fields.set(id, { object, key, type, required, default: fallback, example });
      return;
    }
    seen.required ||= required;
    if (seen.example === null) seen.example = example;
    if (fallback !== null && (seen.default === null || seen.default === 'null')) seen.default = fallback;
  }
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

  /** The field read last (the one `withDefault` documents). */
  private last = '';
  /** Set while an optional accessor reads through its required twin (the field is noted once, as optional). */
  private muted = false;

  constructor(
    readonly path: string,
    private readonly value: Record<string, unknown>,
    private readonly recorder: FieldRecorder | null = null,
  ) {}

  static of(value: unknown, path: string, recorder: FieldRecorder | null = null): FixtureObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new FixtureError(`${path || 'scenario'}: must be an object, got ${show(value)}`);
    return new FixtureObject(path, value as Record<string, unknown>, recorder);
  }

  /** Records `key` for the reference page (only while a FieldRecorder reads samples). */
  private note(key: string, type: string, required: boolean, fallback: string | null): void {
    this.last = key;
    if (this.muted) return;
    this.recorder?.record(this.path.replace(/\[\d+\]/g, '[]'), key, type, required, fallback, this.value[key]);
  }

  private check<T>(read: () => T): T {
    this.muted = true;
    try {
      return read();
    } finally {
      this.muted = false;
    }
  }

  /** `value`, or — when the field just read was absent — `fallback`, described as `describe` on the reference
   *  page: a reader's computed default, e.g. `f.withDefault(f.optionalDate('registeredOn'), 'startDate', start)`.
   *  `value` must be the last field read (compute `fallback` from fields read before it). */
  withDefault<T>(value: T | null, describe: string, fallback: T): T {
    if (this.recorder) this.note(this.last, '', false, describe);
    return value ?? fallback;
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
    this.note(key, describe, true, null);
    const v = this.raw(key);
    if (v === undefined || v === null) throw new FixtureError(`${this.at(key)}: is required (${describe})`);
    if (typeof v !== 'string') this.fail(key, `${describe} (quote it)`, v);
    if (pattern && !pattern.test(v)) this.fail(key, describe, v);
    return v;
  }

  optionalString(key: string, pattern?: RegExp, describe = 'a string or null'): string | null {
    this.note(key, describe.replace(/ or null$/, ''), false, 'null');
    const v = this.raw(key);
    return v === undefined || v === null ? null : this.check(() => this.string(key, pattern, describe));
  }

  digits(key: string, count: number): string {
    return this.string(key, new RegExp(`^\\d{${count}}$`), `a string of ${count} digits`);
  }

  optionalDigits(key: string, count: number): string | null {
    return this.optionalString(key, new RegExp(`^\\d{${count}}$`), `a string of ${count} digits or null`);
  }

  date(key: string): string {
    this.note(key, 'a date YYYY-MM-DD', true, null);
    const v = this.raw(key);
    if (v === undefined || v === null) throw new FixtureError(`${this.at(key)}: is required (a date YYYY-MM-DD)`);
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    if (typeof s !== 'string' || !isCalendarDate(s)) this.fail(key, 'a date YYYY-MM-DD', v);
    return s;
  }

  optionalDate(key: string): string | null {
    this.note(key, 'a date YYYY-MM-DD', false, 'null');
    const v = this.raw(key);
    return v === undefined || v === null ? null : this.check(() => this.date(key));
  }

  integer(key: string): number {
    this.note(key, 'an integer', true, null);
    const v = this.raw(key);
    if (v === undefined || v === null) throw new FixtureError(`${this.at(key)}: is required (an integer)`);
    if (typeof v !== 'number' || !Number.isInteger(v)) this.fail(key, 'an integer', v);
    return v;
  }

  optionalInteger(key: string): number | null {
    this.note(key, 'an integer', false, 'null');
    const v = this.raw(key);
    return v === undefined || v === null ? null : this.check(() => this.integer(key));
  }

  number(key: string): number {
    this.note(key, 'a number', true, null);
    const v = this.raw(key);
    if (v === undefined || v === null) throw new FixtureError(`${this.at(key)}: is required (a number)`);
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(key, 'a number', v);
    return v;
  }

  optionalNumber(key: string): number | null {
    this.note(key, 'a number', false, 'null');
    const v = this.raw(key);
    return v === undefined || v === null ? null : this.check(() => this.number(key));
  }

  boolean(key: string, fallback: boolean): boolean {
    this.note(key, 'true or false', false, String(fallback));
    const v = this.raw(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') this.fail(key, 'true or false', v);
    return v;
  }

  /** An optional uuid (stored lower-case); a new one when absent. */
  id(key = 'id'): string {
    const v = this.optionalString(key, UUID, 'a uuid');
    if (this.recorder) this.note(key, 'a uuid', false, 'a new uuid');
    return v === null ? crypto.randomUUID() : v.toLowerCase();
  }

  object(key: string, required = false): FixtureObject | null {
    this.note(key, `an object (\`${this.at(key).replace(/\[\d+\]/g, '[]')}\`)`, required, required ? null : 'null');
    const v = this.raw(key);
    return v === undefined || v === null ? null : FixtureObject.of(v, this.at(key), this.recorder);
  }

  requiredObject(key: string): FixtureObject {
    const v = this.object(key, true);
    if (v === null) throw new FixtureError(`${this.at(key)}: is required (an object)`);
    return v;
  }

  list(key: string): FixtureObject[] {
    this.note(key, `a list of objects (\`${this.at(key).replace(/\[\d+\]/g, '[]')}[]\`)`, false, '[]');
    const v = this.raw(key);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(key, 'a list', v);
    return v.map((item, i) => FixtureObject.of(item, `${this.at(key)}[${i}]`, this.recorder));
  }

  /** A list of non-empty strings (empty when absent); numbers are taken as their digits (YAML drops quotes). */
  strings(key: string): string[] {
    this.note(key, 'a list of strings', false, '[]');
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
