import { parseFieldPath, type PathSegment, yieldsSegmentList } from "../../core/field-path";
import type { DeclaredField, FieldPath } from "../../sdks/types/calls";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const SINGULAR: Record<string, string> = {
  choices: "choice",
  candidates: "candidate",
  parts: "part",
  content: "block",
  output: "item",
  messages: "message",
};

function elementName(previous: PathSegment | undefined): string {
  if (previous?.type !== "property") return "item";
  const known = SINGULAR[previous.name];
  if (known) return known;
  return previous.name.endsWith("s") && previous.name.length > 3 ? previous.name.slice(0, -1) : "item";
}

/**
 * JavaScript that reads `path` from `root` without ever throwing on a missing field: every step is an
 * optional chain, lists are mapped or filtered with callbacks TypeScript can narrow (`block.type === "text"`).
 */
export function readPath(root: string, path: FieldPath, quote: string): string {
  return compile(root, parseFieldPath(path), undefined, quote);
}

/** The declared field a path goes through, the longest when several do. */
function declaredFieldOf(path: FieldPath, declared: readonly DeclaredField[] | undefined): DeclaredField | undefined {
  return declared
    ?.filter(
      (candidate) =>
        path === candidate.path || path.startsWith(`${candidate.path}.`) || path.startsWith(`${candidate.path}[`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
}

function restOf(path: FieldPath, field: DeclaredField): PathSegment[] {
  return parseFieldPath(path.slice(field.path.length).replace(/^\./, ""));
}

function declaredRead(root: string, field: DeclaredField, quote: string): string {
  return `${readPath(root, field.path, quote)} as ${field.type} | null | undefined`;
}

/**
 * `readPath`, except that a path through one of `declared` reads that field as its declared type first:
 * `(response?.raw as { usage?: ... } | null | undefined)?.usage`. Only TypeScript output passes `declared`.
 */
export function readDeclaredPath(
  root: string,
  path: FieldPath,
  quote: string,
  declared: readonly DeclaredField[] | undefined,
): string {
  const field = declaredFieldOf(path, declared);
  if (!field) return readPath(root, path, quote);
  return compile(`(${declaredRead(root, field, quote)})`, restOf(path, field), undefined, quote);
}

/**
 * Reads from `root` where each declared field that is read is a `const` of its declared type, written once
 * before the reads (`const raw = response?.raw as { usage?: ... } | null | undefined`).
 */
export class DeclaredReads {
  private readonly names = new Map<DeclaredField, string>();

  constructor(
    private readonly root: string,
    private readonly declared: readonly DeclaredField[] | undefined,
    private readonly quote: string,
    private readonly allocate: (preferred: string) => string,
  ) {}

  read(path: FieldPath): string {
    const field = declaredFieldOf(path, this.declared);
    if (!field) return readPath(this.root, path, this.quote);
    let name = this.names.get(field);
    if (!name) {
      const last = parseFieldPath(field.path)
        .filter((segment) => segment.type === "property")
        .pop();
      name = this.allocate(last?.type === "property" ? last.name : "value");
      this.names.set(field, name);
    }
    return compile(name, restOf(path, field), undefined, this.quote);
  }

  /** The `const` statements of the fields read so far, without semicolons. */
  statements(): string[] {
    return [...this.names].map(([field, name]) => `const ${name} = ${declaredRead(this.root, field, this.quote)}`);
  }
}

function compile(root: string, segments: PathSegment[], previous: PathSegment | undefined, quote: string): string {
  let expression = root;
  let last = previous;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    const rest = segments.slice(index + 1);
    switch (segment.type) {
      case "property":
        expression += IDENTIFIER.test(segment.name) ? `?.${segment.name}` : `?.[${quote}${segment.name}${quote}]`;
        break;
      case "index":
        expression += `?.[${segment.index}]`;
        break;
      case "map": {
        if (rest.length === 0) return expression;
        const element = elementName(last);
        return `${expression}?.map((${element}) => ${compile(element, rest, segment, quote)})`;
      }
      case "filterEquals":
      case "filterPresent": {
        const element = elementName(last);
        const test =
          segment.type === "filterEquals"
            ? `${element}.${segment.field} === ${quote}${segment.value}${quote}`
            : `${element}.${segment.field}`;
        if (rest.length > 0 && yieldsSegmentList(rest)) {
          // The rest is a list itself (`output[type=message].content[type=output_text].text`): flattened.
          return `${expression}?.flatMap((${element}) => (${test} ? ${compile(element, rest, segment, quote)} ?? [] : []))`;
        }
        const value = rest.length === 0 ? element : compile(element, rest, segment, quote);
        return `${expression}?.flatMap((${element}) => (${test} ? [${value}] : []))`;
      }
    }
    last = segment;
  }
  return expression;
}
