/**
 * The pieces every config reader uses: `Checker` collects problems as `key.path: what` while reading values,
 * and the patterns of names and field paths.
 */

export const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
export const EXPORT_NAME = /^(?:default|[A-Za-z_$][\w$]*)$/;
export const METHOD_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
/** The catalog's FieldPath language (src/sdks/types.ts): `choices[].message.content`, `content[type=text].text`. */
export const FIELD_PATH =
  /^(?:[A-Za-z_$][\w$]*|\[(?:\d*|\?[A-Za-z_$][\w$]*|[A-Za-z_$][\w$]*=[^\]]+)\])(?:\.[A-Za-z_$][\w$]*|\[(?:\d*|\?[A-Za-z_$][\w$]*|[A-Za-z_$][\w$]*=[^\]]+)\])*$/;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return JSON.stringify(value);
}

/** Collects problems as `key.path: what` while reading values; each reader returns undefined for a bad value. */
export class Checker {
  readonly problems: string[] = [];

  constructor(private readonly keyPrefix: string) {}

  fail(key: string, what: string): void {
    const full = key ? `${this.keyPrefix}${key}` : this.keyPrefix.replace(/\.$/, "");
    this.problems.push(full ? `${full}: ${what}` : what);
  }

  object<K extends string>(value: unknown, key: string, allowed: readonly K[]): Record<string, unknown> | undefined {
    if (!isPlainObject(value)) {
      this.fail(key, `expected an object, got ${describe(value)}`);
      return undefined;
    }
    for (const name of Object.keys(value)) {
      if (!(allowed as readonly string[]).includes(name)) {
        const near = closest(name, allowed);
        this.fail(
          join(key, name),
          near ? `unknown key, did you mean "${near}"?` : `unknown key (expected one of ${allowed.join(", ")})`,
        );
      }
    }
    return value;
  }

  optional<T>(
    object: Record<string, unknown>,
    name: string,
    parent: string,
    read: (value: unknown, key: string) => T | undefined,
  ): T | undefined {
    return name in object ? read(object[name], join(parent, name)) : undefined;
  }

  required<T>(
    object: Record<string, unknown>,
    name: string,
    parent: string,
    read: (value: unknown, key: string) => T | undefined,
  ): T | undefined {
    if (!(name in object)) {
      this.fail(join(parent, name), "required");
      return undefined;
    }
    return read(object[name], join(parent, name));
  }

  optionalList<T>(
    object: Record<string, unknown>,
    name: string,
    read: (value: unknown, key: string) => T | undefined,
    parent = "",
  ): T[] {
    if (!(name in object)) return [];
    const key = join(parent, name);
    const list = object[name];
    if (!Array.isArray(list)) {
      this.fail(key, `expected an array, got ${describe(list)}`);
      return [];
    }
    return list.map((item, index) => read(item, `${key}[${index}]`)).filter((item): item is T => item !== undefined);
  }

  string(value: unknown, key: string): string | undefined {
    if (typeof value === "string" && value.length > 0) return value;
    this.fail(key, `expected a non-empty string, got ${describe(value)}`);
    return undefined;
  }

  matching(value: unknown, key: string, pattern: RegExp, what: string): string | undefined {
    const text = this.string(value, key);
    if (text === undefined) return undefined;
    if (pattern.test(text)) return text;
    this.fail(key, `expected ${what}, got ${describe(text)}`);
    return undefined;
  }

  fieldPath(value: unknown, key: string): string | undefined {
    return this.matching(
      value,
      key,
      FIELD_PATH,
      "a field path such as usage.input_tokens or choices[].message.content",
    );
  }

  fieldPaths(value: unknown, key: string): string[] | undefined {
    const list = this.stringArray(value, key);
    return list?.every((item, index) => this.fieldPath(item, `${key}[${index}]`) !== undefined) ? list : undefined;
  }

  stringArray(value: unknown, key: string, nonEmpty = false): string[] | undefined {
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || item.length === 0)) {
      this.fail(key, `expected an array of non-empty strings, got ${describe(value)}`);
      return undefined;
    }
    if (nonEmpty && value.length === 0) {
      this.fail(key, "expected at least one entry");
      return undefined;
    }
    return value as string[];
  }

  /** A module name, or several (`["@acme/llm", "@acme/llm/edge"]`). */
  stringOrStrings(value: unknown, key: string): string[] | undefined {
    if (typeof value === "string" && value.length > 0) return [value];
    if (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((item) => typeof item === "string" && item.length > 0)
    ) {
      return value as string[];
    }
    this.fail(key, `expected a module name or a non-empty array of them, got ${describe(value)}`);
    return undefined;
  }

  boolean(value: unknown, key: string): boolean | undefined {
    if (typeof value === "boolean") return value;
    this.fail(key, `expected true or false, got ${describe(value)}`);
    return undefined;
  }

  integer(value: unknown, key: string, minimum: number): number | undefined {
    if (Number.isInteger(value) && (value as number) >= minimum) return value as number;
    this.fail(key, `expected an integer >= ${minimum}, got ${describe(value)}`);
    return undefined;
  }

  oneOf<T extends string>(value: unknown, key: string, values: readonly T[]): T | undefined {
    if ((values as readonly unknown[]).includes(value)) return value as T;
    this.fail(key, `expected ${values.map((item) => JSON.stringify(item)).join(" | ")}, got ${describe(value)}`);
    return undefined;
  }
}

function join(parent: string, name: string): string {
  return parent ? `${parent}.${name}` : name;
}

/**
 * The known name nearest to a mistyped one by edit distance (Levenshtein, case-insensitive), when it is near
 * enough to be the one meant: at most a third of its length away (and at most 3 edits). Ties go to the first listed.
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.min(3, Math.max(1, Math.floor(best.candidate.length / 3))) ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
