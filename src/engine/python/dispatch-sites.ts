import { ATTR, spanIdentity } from "../../core/conventions";
import type { Site } from "../../core/types";
import { callArguments, collect, field, isPure, named, type CallArguments, type Node, stringValue } from "./ast";
import { type Attr, dynamicAttr, spanNameCode, staticAttr } from "./emit";
import { pyString } from "./text";
import { type Context, type Found, calleeText } from "./plans";
import { place } from "./placement";
import { isInstrumented } from "./existing-spans";
import { statementPlan } from "./statement-plan";

/** Tools dispatched by hand: `TOOLS[name](**args)`, `if name == "get_weather": return get_weather(**args)`. */
export interface DispatchMatch {
  name: { static?: string; expr?: string };
}

/**
 * Hand-rolled dispatch by tool name: `TOOLS[name](**args)`, `TOOLS.get(name)(...)`, `fn = TOOLS[name]; fn(...)`
 * over a dict literal of functions bound to a name mentioning tools or functions; and
 * `if name == "get_weather": return get_weather(**args)` branches inside a function about tools.
 */
export function dispatchMatch(ctx: Context, call: Node): DispatchMatch | undefined {
  const fn = field(call, "function");
  if (!fn) return undefined;
  const value =
    fn.type === "identifier" || fn.type === "subscript" || fn.type === "call" ? ctx.resolver.resolve(fn) : undefined;
  if (value?.t === "registry-item") {
    const key = stringValue(value.key);
    if (key !== undefined) return { name: { static: key } };
    if (isPure(value.key) && /^[\w.]+$/.test(value.key.text)) return { name: { expr: value.key.text } };
    return { name: {} };
  }
  if (fn.type !== "identifier") return undefined;
  const target = ctx.resolver.resolve(fn);
  if (target?.t !== "func" && target?.t !== "imported") return undefined;
  // the branch that holds the call
  for (let current = call.parent; current; current = current.parent) {
    if (current.type === "function_definition") return undefined;
    if (current.type === "block") {
      const branch = current.parent;
      const name = branch ? branchToolName(branch, current) : undefined;
      if (name !== undefined) {
        const owner = enclosingFunction(branch!);
        const ownerName = owner ? (field(owner, "name")?.text ?? "") : "";
        if (!ctx.catalog.dispatchFunctionName.test(ownerName)) return undefined;
        // the branch's first call to a function of this file or an imported one is the tool
        const first = collect(current, new Set(["call"])).find((candidate) => {
          const callee = field(candidate, "function");
          if (callee?.type !== "identifier") return false;
          const resolved = ctx.resolver.resolve(callee);
          return resolved?.t === "func" || resolved?.t === "imported";
        });
        if (first?.id !== call.id) return undefined;
        return { name: { static: name } };
      }
    }
  }
  return undefined;
}

export function enclosingFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent)
    if (current.type === "function_definition") return current;
  return undefined;
}

/** `if name == "x":` / `elif tool_call.function.name == "x":` / `case "x":` -> "x". */
export function branchToolName(branch: Node, block: Node): string | undefined {
  if (branch.type === "if_statement" || branch.type === "elif_clause") {
    if (field(branch, "consequence")?.id !== block.id) return undefined;
    const condition = field(branch, "condition");
    if (condition?.type !== "comparison_operator" || !condition.text.includes("==")) return undefined;
    const operands = named(condition);
    if (operands.length !== 2) return undefined;
    const literal = operands.map(stringValue).find((value) => value !== undefined);
    const other = operands.find((operand) => stringValue(operand) === undefined);
    if (literal === undefined || !other || !/name\w*$/i.test(other.text)) return undefined;
    return literal;
  }
  if (branch.type === "case_clause") {
    const pattern = named(branch).find((part) => part.type === "case_pattern");
    const literal = pattern ? stringValue(named(pattern)[0]) : undefined;
    const subject = field(branch.parent?.parent ?? branch, "subject") ?? named(branch.parent?.parent ?? branch)[0];
    if (literal === undefined || !subject || !/name\w*$/i.test(subject.text)) return undefined;
    return literal;
  }
  return undefined;
}

export function dispatchSite(ctx: Context, call: Node, dispatch: DispatchMatch): Found {
  const identity = spanIdentity("execute_tool", ctx.options.conventions);
  const fn = field(call, "function")!;
  const name = spanNameCode(
    identity.namePrefix,
    dispatch.name.static !== undefined || dispatch.name.expr !== undefined ? dispatch.name : undefined,
  );
  const site: Site = {
    kind: "execute-tool",
    sdk: "custom",
    operation: "execute_tool",
    callee: calleeText(fn),
    range: ctx.lines.range(call.startIndex, call.endIndex),
    status: "instrumentable",
    spanName: name.display,
  };
  if (isInstrumented(ctx, call, "execute-tool")) return { site: { ...site, status: "instrumented" } };
  const awaited = call.parent?.type === "await" ? call.parent : undefined;
  const value = awaited ?? call;
  const placement = place(ctx, value, ctx.options.recordOutputs);
  if ("reason" in placement) return { site: { ...site, status: "unsupported", reason: placement.reason } };
  const before: Attr[] = [staticAttr(ATTR.operationName, pyString("execute_tool"))];
  if (dispatch.name.static !== undefined) before.push(staticAttr(ATTR.toolName, pyString(dispatch.name.static)));
  else if (dispatch.name.expr !== undefined) before.push(dynamicAttr(ATTR.toolName, dispatch.name.expr));
  const args = callArguments(call);
  const input = dispatchInput(args);
  if (input) before.push(dynamicAttr(ATTR.toolInput, `_sentry_json(${input})`));
  const plan = statementPlan(ctx, {
    site,
    identity,
    nameCode: name.code,
    before,
    after: (result) => [dynamicAttr(ATTR.toolOutput, `_sentry_json(${result})`)],
    value,
    placement,
    hoists: [],
    resultName: "_sentry_output",
  });
  return { site, plan };
}

/** The tool input as an expression, when reading the arguments again is harmless. */
export function dispatchInput(args: CallArguments): string | undefined {
  const list = args.list;
  if (!list) return undefined;
  const parts = named(list);
  if (!parts.length || !parts.every(isPure) || parts.some((part) => part.text.includes("\n"))) return undefined;
  if (parts.length === 1 && parts[0].type === "dictionary_splat") return named(parts[0])[0]?.text;
  if (parts.length === 1 && parts[0].type !== "keyword_argument" && parts[0].type !== "list_splat")
    return parts[0].text;
  if (parts.every((part) => part.type === "keyword_argument")) {
    return `{${parts.map((part) => `${pyString(field(part, "name")!.text)}: ${field(part, "value")!.text}`).join(", ")}}`;
  }
  return `[${parts.map((part) => part.text).join(", ")}]`;
}
