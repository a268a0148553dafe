import { collect, field, named, type Node } from "./ast";
import { type Context } from "./plans";

/** Where a call sits in its statement, and whether the statement can be wrapped in a span or the call hoisted before it. */
export const STATEMENT_TYPES = new Set([
  "expression_statement",
  "return_statement",
  "if_statement",
  "elif_clause",
  "while_statement",
  "for_statement",
  "with_statement",
  "match_statement",
  "case_clause",
  "assert_statement",
  "raise_statement",
  "delete_statement",
  "try_statement",
  "function_definition",
  "class_definition",
  "decorated_definition",
  "type_alias_statement",
  "global_statement",
  "nonlocal_statement",
  "block",
  "module",
]);

export const SIMPLE_STATEMENTS = new Set([
  "expression_statement",
  "return_statement",
  "assert_statement",
  "raise_statement",
  "delete_statement",
]);
export const COMPREHENSIONS = new Set([
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression",
]);

export type Placement =
  | {
      mode: "wrap" | "hoist";
      statement: { start: number; end: number };
      resultTarget?: string;
      prefixAt?: number;
      scopeNode: Node;
    }
  | { reason: string };

/** Where the call sits, and whether its statement can be wrapped or the call hoisted before it. */
export function place(ctx: Context, value: Node, needsResult = true): Placement {
  let child = value;
  let parent = value.parent;
  while (parent && !STATEMENT_TYPES.has(parent.type)) {
    if (parent.type === "lambda") return { reason: "inside a lambda: there is no statement to wrap" };
    if (COMPREHENSIONS.has(parent.type)) return { reason: "inside a comprehension: there is no statement to wrap" };
    if (parent.type === "default_parameter" || parent.type === "typed_default_parameter")
      return { reason: "in a default argument value" };
    if (parent.type === "decorator") return { reason: "in a decorator argument" };
    if (parent.type === "conditional_expression") {
      const parts = named(parent);
      if (parts[1]?.id !== child.id)
        return { reason: "on one branch of a conditional expression: it does not always run" };
    }
    if (parent.type === "boolean_operator" && field(parent, "right")?.id === child.id) {
      return { reason: "on the right of `and`/`or`: it does not always run" };
    }
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return { reason: "not inside a statement" };
  if (parent.type === "decorated_definition") return { reason: "in a decorator argument" };
  const statement = parent;
  const scopeNode = ctx.resolver.scopeOf(statement).node;
  const { lines } = ctx;
  if (!lines.startsLine(statement.startIndex))
    return { reason: "the statement shares its line with other code (`;` or a one-line block)" };

  let mode: "wrap" | "hoist" = "hoist";
  let resultTarget: string | undefined;
  let prefixAt: number | undefined;
  let header: Node | undefined = statement;
  switch (statement.type) {
    case "expression_statement": {
      const expressions = named(statement);
      const expression = expressions.length === 1 ? expressions[0] : undefined;
      if (expression?.id === value.id) {
        mode = "wrap";
        prefixAt = value.startIndex;
      } else if (
        expression?.type === "assignment" &&
        field(expression, "right")?.id === value.id &&
        field(expression, "left")?.type === "identifier"
      ) {
        mode = "wrap";
        resultTarget = field(expression, "left")!.text;
      }
      break;
    }
    case "return_statement":
    case "assert_statement":
    case "raise_statement":
    case "delete_statement":
      break;
    case "if_statement":
      header = field(statement, "condition");
      break;
    case "for_statement":
      header = field(statement, "right");
      break;
    case "with_statement":
      header = named(statement).find((part) => part.type === "with_clause");
      break;
    case "match_statement":
      header = field(statement, "subject") ?? named(statement)[0];
      break;
    case "elif_clause":
      return { reason: "in an `elif` condition: it runs only when the earlier conditions are false" };
    case "while_statement":
      return { reason: "in a `while` condition: it runs once per iteration" };
    case "case_clause":
      return { reason: "in a `case` guard" };
    default:
      return { reason: `in a position the tool does not rewrite (${statement.type.replace(/_/g, " ")})` };
  }
  if (mode === "hoist" && !needsResult && SIMPLE_STATEMENTS.has(statement.type)) {
    // nothing to read from the result: the whole statement goes inside the span
    mode = "wrap";
    prefixAt = undefined;
    resultTarget = undefined;
  }
  if (!header || value.startIndex < header.startIndex || value.endIndex > header.endIndex) {
    return { reason: `in a position the tool does not rewrite (${statement.type.replace(/_/g, " ")})` };
  }
  const end = mode === "wrap" ? statement.endIndex : statement.endIndex;
  if (mode === "wrap" && !lines.endsLine(statement.endIndex))
    return { reason: "the statement shares its line with other code (`;`)" };
  if (mode === "hoist") {
    if (!lines.endsLine(header.endIndex) && statement.type === "expression_statement") {
      return { reason: "the statement shares its line with other code (`;`)" };
    }
    // nothing with effects may run before the call in the same statement
    const effects = collect(header, new Set(["call", "await", "yield", "named_expression"])).filter(
      (node) => node.endIndex <= value.startIndex,
    );
    if (effects.length)
      return { reason: "other calls in the same statement run before it; move it into its own statement" };
  }
  return { mode, statement: { start: statement.startIndex, end }, resultTarget, prefixAt, scopeNode };
}
