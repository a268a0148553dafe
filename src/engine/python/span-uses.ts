import { callArguments, field, named, same, stringValue, type Node } from "./ast";
import { addDictionary, unwrapParentheses, writtenValue, type AttributeFacts } from "./span-values";
import { NAME_FROM_MODEL, NAMING_RECORDER_SUFFIX } from "./helpers";
import { ATTR } from "../../core/conventions";

/** What a Python span's block sets on the span object: the second half of the malformed-span rule's reading. */

export interface SpanBinding {
  /** The variable the span lives in. */
  name: string;
  /** Where its uses count: the `with` body, or the function around `span = start_span(...)`. */
  scope: Node;
  /** The identifier that declares it (skipped when scanning for uses). */
  declaration: Node;
}

/** The codemod's own `_sentry_set(span, key, value)`: `set_data` unless the value is None at run time. */
const CODEMOD_SETTER = "_sentry_set";

/** The codemod's stream helpers: they only add response data when the stream, its block or the run ends. */
const CODEMOD_STREAM_HELPERS: ReadonlySet<string> = new Set([
  "_sentry_stream",
  "_sentry_stream_async",
  "_sentry_stream_block",
  "_sentry_stream_block_async",
  "_sentry_run_stream",
]);

/** Code that runs later, maybe after the span ended: what it sets does not count. */
const DEFERRED_CODE: ReadonlySet<string> = new Set(["function_definition", "lambda", "class_definition"]);

/** Parents under which an identifier names something rather than reading the variable. */
const NAMING_PARENTS: ReadonlySet<string> = new Set([
  "as_pattern_target",
  "dotted_name",
  "aliased_import",
  "global_statement",
  "nonlocal_statement",
]);

/**
 * The variable the span object lives in: `with start_span(...) as span:` or `span = start_span(...)`.
 * undefined: no variable (nothing else can set attributes); "unknown": the span goes where this lint cannot
 * follow (returned, passed on, unpacked).
 */
export function spanBinding(call: Node): SpanBinding | undefined | "unknown" {
  const parent = call.parent;
  if (!parent) return "unknown";
  if (parent.type === "with_item" || parent.type === "expression_statement") return undefined;
  if (parent.type === "as_pattern" && parent.parent?.type === "with_item") {
    const target = named(field(parent, "alias") ?? parent)[0];
    const body = withBody(parent.parent);
    if (target?.type !== "identifier" || !body) return "unknown";
    return { name: target.text, scope: body, declaration: target };
  }
  const left = parent.type === "assignment" && same(field(parent, "right"), call) ? field(parent, "left") : undefined;
  if (left?.type === "identifier") return { name: left.text, scope: enclosingScope(parent), declaration: left };
  return "unknown";
}

function withBody(withItem: Node): Node | undefined {
  const statement = withItem.parent?.parent;
  return statement?.type === "with_statement" ? field(statement, "body") : undefined;
}

/** The body of the function or class around a node, or the module. */
function enclosingScope(node: Node): Node {
  let current = node;
  while (current.parent) {
    current = current.parent;
    if (current.type === "function_definition" || current.type === "class_definition")
      return field(current, "body") ?? current;
  }
  return current;
}

/**
 * Reads `span.set_data("k", v)`, `span.set_attribute("k", v)`, `span.update_data({...})`, `span.set_attributes({...})`
 * and `_sentry_set(span, "k", v)` anywhere in the scope except nested functions and lambdas. Any other use of the
 * span (passed to a function, stored) may set attributes, so the facts stop being complete.
 */
export function scanSpanUses(binding: SpanBinding, facts: AttributeFacts): void {
  const visit = (node: Node): void => {
    if (DEFERRED_CODE.has(node.type)) return;
    if (node.type === "identifier") {
      if (node.text === binding.name && !same(node, binding.declaration) && isReference(node)) recordUse(node, facts);
      return;
    }
    // An inner `with ... as span:` of the same name: its body sets another span.
    const children =
      node.type === "with_statement" && rebinds(node, binding.name)
        ? named(node).filter((child) => child.type === "with_clause")
        : named(node);
    for (const child of children) visit(child);
  };
  visit(binding.scope);
}

function rebinds(withStatement: Node, name: string): boolean {
  const clause = named(withStatement).find((child) => child.type === "with_clause");
  return (clause ? named(clause) : []).some((item) => {
    const value = field(item, "value");
    const target = value?.type === "as_pattern" ? named(field(value, "alias") ?? value)[0] : undefined;
    return target?.type === "identifier" && target.text === name;
  });
}

function isReference(identifier: Node): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (parent.type === "attribute") return same(field(parent, "object"), identifier);
  if (parent.type === "keyword_argument") return same(field(parent, "value"), identifier);
  return !NAMING_PARENTS.has(parent.type);
}

function recordUse(identifier: Node, facts: AttributeFacts): void {
  const parent = identifier.parent;
  if (parent?.type === "attribute") {
    const member = field(parent, "attribute")?.text ?? "";
    const outer = parent.parent;
    if (outer?.type === "call" && same(field(outer, "function"), parent)) recordMethodCall(member, outer, facts);
    else if (
      outer?.type === "assignment" &&
      same(field(outer, "left"), parent) &&
      (member === "name" || member === "description")
    ) {
      facts.renamed = true;
    }
    // Anything else is a read such as `span.span_id`.
    return;
  }
  const call = parent?.type === "argument_list" ? parent.parent : undefined;
  if (call && field(call, "function")?.text === CODEMOD_SETTER && same(callArguments(call).positional[0], identifier)) {
    const [, key, value] = callArguments(call).positional;
    setAttribute(key, value, facts);
    return;
  }
  // `_sentry_name_from_model(span, operation, model)`: the response's model, as the requested one, names the span
  if (
    call &&
    field(call, "function")?.text === NAME_FROM_MODEL &&
    same(callArguments(call).positional[0], identifier)
  ) {
    const model = callArguments(call).positional[2];
    if (model) facts.values.set(ATTR.requestModel, writtenValue(model));
    else facts.complete = false;
    facts.renamed = true;
    return;
  }
  if (
    call &&
    CODEMOD_STREAM_HELPERS.has(field(call, "function")?.text ?? "") &&
    same(callArguments(call).positional[0], identifier)
  ) {
    // its recorder `..._naming_span` records the snapshot's model as the requested one and renames the span
    const recorder = callArguments(call).positional[2];
    if (recorder?.type === "identifier" && recorder.text.endsWith(NAMING_RECORDER_SUFFIX)) {
      facts.values.set(ATTR.requestModel, writtenValue(recorder));
      facts.renamed = true;
    }
    return;
  }
  facts.complete = false;
}

function recordMethodCall(method: string, call: Node, facts: AttributeFacts): void {
  const args = callArguments(call);
  if (method === "set_data" || method === "set_attribute") {
    if (args.splat) facts.complete = false;
    else
      setAttribute(
        args.keywords.get("key")?.value ?? args.positional[0],
        args.keywords.get("value")?.value ?? args.positional[1],
        facts,
      );
  } else if (method === "update_data" || method === "set_attributes") {
    const dictionary = args.positional[0] && unwrapParentheses(args.positional[0]);
    if (dictionary?.type === "dictionary" && !args.splat) addDictionary(dictionary, facts);
    else facts.complete = false;
  }
}

function setAttribute(key: Node | undefined, value: Node | undefined, facts: AttributeFacts): void {
  const keyText = key && stringValue(unwrapParentheses(key));
  if (keyText === undefined || !value) facts.complete = false;
  else facts.values.set(keyText, writtenValue(value));
}
