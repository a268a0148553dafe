import { type SpanKind } from "../../core/conventions";
import { docstringNode, field, named, type Node } from "./ast";
import { type Context } from "./plans";

/** Idempotency: is a site already inside a hand-written or generated gen_ai span; which span variable names are free. */
export const REQUEST_OPS = new Set([
  "gen_ai.chat",
  "gen_ai.embeddings",
  "gen_ai.generate_content",
  "gen_ai.text_completion",
  "gen_ai.request",
  "gen_ai.responses",
]);

/** The gen_ai op of a `with sentry_sdk.start_span(op="gen_ai...")` (or traces API) item, if it is one. */
export function genAiSpanOp(item: Node): string | undefined {
  const call = item.type === "as_pattern" ? named(item)[0] : item;
  if (!call || call.type !== "call") return undefined;
  const fn = field(call, "function");
  if (!fn || !/(^|\.)(start_span|start_transaction|start_child)$/.test(fn.text.replace(/\s+/g, ""))) return undefined;
  const args = field(call, "arguments")?.text ?? "";
  const match = /(?:\bop\s*=\s*|["']sentry\.op["']\s*:\s*)[rRuU]?["'](gen_ai\.[a-z_]+)["']/.exec(args);
  return match?.[1];
}

export function opMatchesKind(op: string, kind: SpanKind): boolean {
  switch (kind) {
    case "ai-request":
      return REQUEST_OPS.has(op);
    case "invoke-agent":
      return op === "gen_ai.invoke_agent" || op === "gen_ai.create_agent";
    case "execute-tool":
      return op === "gen_ai.execute_tool";
    case "handoff":
      return op === "gen_ai.handoff";
  }
}

export const TEMPLATE_OF_KIND: Record<SpanKind, string> = {
  "ai-request": "AI_CHAT",
  "invoke-agent": "AI_AGENT",
  "execute-tool": "AI_TOOL",
  handoff: "",
};

/** Is the node already inside a gen_ai span of the same kind (innermost one wins), within its function? */
export function isInstrumented(ctx: Context, node: Node, kind: SpanKind): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "with_statement") {
      const clause = named(current).find((part) => part.type === "with_clause");
      for (const item of clause ? named(clause) : []) {
        const value = field(item, "value");
        const op = value && genAiSpanOp(value);
        if (op) return opMatchesKind(op, kind);
      }
    }
    if (current.type === "function_definition") return hasTraceTemplate(current, kind);
  }
  return false;
}

/**
 * The call is an argument of a generated span helper's call (`_sentry_stream_block(span, <call>, ...)`), or with
 * `viaLambda` the body of a lambda argument (`_sentry_stream(span, lambda: <call>, ...)`).
 */
export function isArgumentOfHelper(call: Node, helper: RegExp, viaLambda = false): boolean {
  const argument = viaLambda ? (call.parent?.type === "lambda" ? call.parent : undefined) : call;
  const owner = argument?.parent?.type === "argument_list" ? argument.parent.parent : undefined;
  const fn = owner?.type === "call" ? field(owner, "function") : undefined;
  return !!fn && helper.test(fn.text);
}

export function hasTraceTemplate(definition: Node, kind: SpanKind): boolean {
  const decorated = definition.parent?.type === "decorated_definition" ? definition.parent : undefined;
  if (!decorated || !TEMPLATE_OF_KIND[kind]) return false;
  return named(decorated).some(
    (decorator) =>
      decorator.type === "decorator" &&
      /\btrace\b/.test(decorator.text) &&
      decorator.text.includes(TEMPLATE_OF_KIND[kind]),
  );
}

/** Does the function body start (after its docstring) with a gen_ai span of this kind? */
export function bodyInstrumented(body: Node, kind: SpanKind): boolean {
  const statements = named(body);
  const doc = docstringNode(body);
  const first = doc ? statements[1] : statements[0];
  if (first?.type !== "with_statement") return false;
  const clause = named(first).find((part) => part.type === "with_clause");
  const item = clause ? named(clause)[0] : undefined;
  const value = item && field(item, "value");
  const op = value && genAiSpanOp(value);
  return !!op && opMatchesKind(op, kind);
}

export function freeNames(ctx: Context, scopeNode: Node, candidates: string[]): string[] {
  const used = ctx.resolver.spanNamesUsed.get(scopeNode.id);
  const free = candidates.filter((candidate) => !used?.has(candidate));
  return free.length >= 2 ? free : [...free, ...candidates.slice(-2)].slice(-2);
}

export function spanVariable(ctx: Context, scopeNode: Node, candidates: string[]): string {
  const used = ctx.resolver.spanNamesUsed.get(scopeNode.id);
  return candidates.find((candidate) => !used?.has(candidate)) ?? candidates[candidates.length - 1];
}
