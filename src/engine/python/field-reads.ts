import type { FieldPath } from "../../core/field-path";
import { pyString } from "./text";

/**
 * A FieldPath (`choices[].message.content`, `content[type=text].text`, `usage().input_tokens`,
 * `messages[-1].content`) compiled into the Python expression that reads it, at the site:
 *
 *   usage.prompt_tokens         _sentry_field(response, "usage", "prompt_tokens")
 *   choices[0].message          _sentry_field(response, "choices", 0, "message")
 *   choices[].message.content   [_sentry_field(choice, "message", "content") for choice in _sentry_each(_sentry_field(response, "choices"))]
 *   content[type=text].text     [... for item in _sentry_each(...) if _sentry_field(item, "type") == "text"]
 *   usage().input_tokens        _sentry_field(_sentry_call(result, "usage"), "input_tokens")
 *
 * `_sentry_field` reads attributes or dict keys and indexes, `_sentry_each` iterates only lists and tuples,
 * `_sentry_call` calls a method: each gives None (or []) for what is missing and never raises.
 */

type Step =
  | { type: "property"; name: string }
  | { type: "call"; name: string }
  | { type: "index"; index: number }
  | { type: "map" }
  | { type: "filterEquals"; field: string; value: string }
  | { type: "filterPresent"; field: string };

const TOKEN = /\[\]|\[(-?\d+)\]|\[\?(\w+)\]|\[(\w+)=([^\]]+)\]|(\w+)\(\)|(\w+)/g;

function steps(path: FieldPath): Step[] {
  const out: Step[] = [];
  for (const match of path.matchAll(TOKEN)) {
    const [token, index, present, equalsField, equalsValue, call, name] = match;
    if (token === "[]") out.push({ type: "map" });
    else if (index !== undefined) out.push({ type: "index", index: Number(index) });
    else if (present !== undefined) out.push({ type: "filterPresent", field: present });
    else if (equalsField !== undefined) out.push({ type: "filterEquals", field: equalsField, value: equalsValue });
    else if (call !== undefined) out.push({ type: "call", name: call });
    else if (name !== undefined) out.push({ type: "property", name });
  }
  return out;
}

/** True when the path gives one value (no `[]` and no filter): list-valued attributes wrap it in a list. */
export function isScalarPath(path: FieldPath): boolean {
  return steps(path).every((step) => step.type === "property" || step.type === "call" || step.type === "index");
}

/** The Python expression that reads `path` from the expression `base`. */
export function fieldRead(base: string, path: FieldPath): string {
  const taken = new Set(base.match(/\w+/g) ?? []);
  const { element, clauses } = compile(base, steps(path), taken);
  return clauses.length ? `[${element} ${clauses.join(" ")}]` : element;
}

function compile(base: string, rest: Step[], taken: Set<string>): { element: string; clauses: string[] } {
  let expr = base;
  let reads: string[] = [];
  let lastName: string | undefined;
  const flush = () => {
    if (reads.length) expr = `_sentry_field(${expr}, ${reads.join(", ")})`;
    reads = [];
  };
  for (let i = 0; i < rest.length; i++) {
    const step = rest[i];
    switch (step.type) {
      case "property":
        reads.push(pyString(step.name));
        lastName = step.name;
        break;
      case "index":
        reads.push(String(step.index));
        break;
      case "call":
        flush();
        expr = `_sentry_call(${expr}, ${pyString(step.name)})`;
        lastName = undefined;
        break;
      default: {
        flush();
        const item = loopVariable(lastName, taken);
        let clause = `for ${item} in _sentry_each(${expr})`;
        if (step.type === "filterEquals")
          clause += ` if _sentry_field(${item}, ${pyString(step.field)}) == ${pyString(step.value)}`;
        if (step.type === "filterPresent") clause += ` if _sentry_field(${item}, ${pyString(step.field)}) is not None`;
        const inner = compile(item, rest.slice(i + 1), taken);
        return { element: inner.element, clauses: [clause, ...inner.clauses] };
      }
    }
  }
  flush();
  return { element: expr, clauses: [] };
}

/** `choices` -> `choice`, `parts` -> `part`; `item` when the list's name is no plural; never a name in use. */
function loopVariable(listName: string | undefined, taken: Set<string>): string {
  let name = listName && /^[a-z_]\w*[^s]s$/.test(listName) ? listName.slice(0, -1) : "item";
  while (taken.has(name)) name += "_";
  taken.add(name);
  return name;
}
