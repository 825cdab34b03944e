// One setting: the environment variable(s) it comes from, its default as the README shows it, what it means,
// and how its text is read and checked. src/config/settings.ts lists every setting; loadConfig (src/config.ts)
// and the README table (scripts/docs/readme.ts) are both made from that list, so neither can drift.
// Every reader treats an empty variable as unset and names the variable when it refuses a value.
export interface Setting<T> {
  readonly env: readonly string[];
  readonly shownDefault: string;
  readonly meaning: string;
  read(env: NodeJS.ProcessEnv): T;
}

export type SettingValue<S> = S extends Setting<infer T> ? T : never;

/** The variable's text, trimmed; undefined when unset or empty. */
export function textOf(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A whole number in [min, max]. */
export function integer(
  name: string,
  o: { default: number; min: number; max?: number; meaning: string },
): Setting<number> {
  const max = o.max ?? Number.MAX_SAFE_INTEGER;
  return {
    env: [name],
    shownDefault: String(o.default),
    meaning: o.meaning,
    read(env) {
      const text = textOf(env, name);
      const value = text === undefined ? o.default : Number(text);
      if (!Number.isInteger(value) || value < o.min || value > max)
        throw new Error(
          `${name} must be a whole number from ${o.min}${o.max === undefined ? '' : ` to ${max}`}, got ${text}`,
        );
      return value;
    },
  };
}

/** One of a few words; the README's meaning lists them. */
export function choice<const T extends string>(
  name: string,
  o: { values: readonly T[]; default: T; meaning: string },
): Setting<T> {
  return {
    env: [name],
    shownDefault: o.default,
    meaning: `${o.meaning} (${o.values.slice(0, -1).join(', ')} or ${o.values.at(-1)})`,
    read(env) {
      const text = textOf(env, name) ?? o.default;
      if (!(o.values as readonly string[]).includes(text))
        throw new Error(`${name} must be one of ${o.values.join(', ')}, got ${text}`);
      return text as T;
    },
  };
}

/** A switch written `on` or `off`. */
export function onOff(name: string, o: { default: boolean; meaning: string }): Setting<boolean> {
  const word = choice(name, { values: ['on', 'off'], default: o.default ? 'on' : 'off', meaning: o.meaning });
  return { ...word, read: (env) => word.read(env) === 'on' };
}

/** Unset by default (null); `parse` reads and checks a given value (it throws a message without the name). */
export function optional<T>(
  name: string,
  o: { shownDefault: string; meaning: string; parse(text: string): T },
): Setting<T | null> {
  return {
    env: [name],
    shownDefault: o.shownDefault,
    meaning: o.meaning,
    read(env) {
      const text = textOf(env, name);
      if (text === undefined) return null;
      try {
        return o.parse(text);
      } catch (err) {
        throw new Error(`${name} ${(err as Error).message}, got ${text}`, { cause: err });
      }
    },
  };
}

/** Free text with a default (a path, say). */
export function text(name: string, o: { default: string; meaning: string }): Setting<string> {
  return {
    env: [name],
    shownDefault: `\`${o.default}\``,
    meaning: o.meaning,
    read: (env) => textOf(env, name) ?? o.default,
  };
}
