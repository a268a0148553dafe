import { collect, field, isPure, type CallArguments, type Node, stringValue } from "./ast";
import type { StatementPlan } from "./plans";
import { pyString } from "./text";

/** How a span reads a call's argument: a literal inline, a simple expression read again, or a hoisted variable. */

/** What an argument is recorded as: a literal's value, an expression to read it by, and the code that reads it. */
export interface RecordedValue {
  static?: string;
  expr?: string;
  code?: string;
}

/**
 * How an argument is recorded: a literal inline, a simple expression read again (reading a name twice is
 * harmless), anything else moved into a variable before the call so it is evaluated once, provided that
 * nothing with effects runs before it in the call (else it is not recorded).
 */
export function argumentCode(
  call: Node,
  args: CallArguments,
  node: Node,
  hoistName: string,
  hoists: StatementPlan["hoists"],
): RecordedValue | undefined {
  const literal = stringValue(node);
  if (literal !== undefined) return { static: literal };
  if (isPure(node) && !node.text.includes("\n")) return { expr: node.text, code: node.text };
  const existing = hoists.find((hoist) => hoist.start === node.startIndex);
  if (existing) return { code: existing.name, expr: existing.name };
  const fn = field(call, "function");
  if (fn && !isPure(fn)) return undefined;
  const earlier = [...args.positional, ...[...args.keywords.values()].map((keyword) => keyword.value)].filter(
    (other) => other.startIndex < node.startIndex,
  );
  if (earlier.some((other) => !isPure(other))) return undefined;
  if (/\byield\b/.test(node.text) && collect(node, new Set(["yield"])).length) return undefined;
  const name = hoists.some((hoist) => hoist.name === hoistName) ? `${hoistName}_${hoists.length}` : hoistName;
  hoists.push({ start: node.startIndex, end: node.endIndex, name });
  return { code: name, expr: name };
}

/** `create(**params)`: the keyword read from the mapping at run time, when the mapping is a plain name. */
export function mappingRead(args: CallArguments, keyword: string): { expr: string; code: string } | undefined {
  const mapping = args.keywordsMapping;
  if (!mapping || !/^[A-Za-z_][\w.]*$/.test(mapping.text)) return undefined;
  const code = `_sentry_field(${mapping.text}, ${pyString(keyword)})`;
  return { expr: code, code };
}
