import type { FindingDraft } from "../types";
import { spanProblems, type WrittenName, type WrittenSpan } from "./conventions";
import { callArguments, collect, field, named, stringValue, type Node } from "../../engine/python/ast";
import { scanSpanUses, spanBinding } from "../../engine/python/span-uses";
import {
  addDictionary,
  leadingText,
  pairKey,
  shownName,
  unwrapParentheses,
  type AttributeFacts,
} from "../../engine/python/span-values";
import { Lines } from "../../engine/python/text";

/**
 * The malformed-span rule for Python: `sentry_sdk.start_span(op="gen_ai.chat", name=...)` written by hand (or
 * by this codemod) against Sentry's conventions. This file reads the call; span-uses.ts reads what the block
 * sets on the span; conventions.ts (shared with the JS/TS rule) decides what is a problem and says it.
 * Like the JS rule it reports only what it can read: `**kwargs`, an attributes dict built elsewhere or a span
 * handed to another function make the missing-attribute checks stand down.
 */

const STARTER = "start_span";

const CALL_TYPES: ReadonlySet<string> = new Set(["call"]);

export function lintPythonSpans(root: Node, text: string): FindingDraft[] {
  const lines = new Lines(text);
  const importedStarters = importedStarterNames(root);
  const drafts: FindingDraft[] = [];
  for (const call of collect(root, CALL_TYPES)) {
    if (!isSpanStarter(call, importedStarters)) continue;
    const span = writtenSpan(call);
    if (!span) continue;
    for (const problem of spanProblems(span)) {
      drafts.push({
        ruleId: "malformed-span",
        range: lines.range(problem.at.startIndex, problem.at.endIndex),
        message: problem.message,
        fixable: false,
      });
    }
  }
  return drafts;
}

/** `x.start_span(...)` on any object (`sentry_sdk`, an alias, `sentry_sdk.traces`), or a bare imported starter. */
function isSpanStarter(call: Node, importedStarters: ReadonlySet<string>): boolean {
  const callee = field(call, "function");
  if (callee?.type === "attribute") return field(callee, "attribute")?.text === STARTER;
  return callee?.type === "identifier" && importedStarters.has(callee.text);
}

/** Local names of `from sentry_sdk import start_span [as alias]` (and from `sentry_sdk.*` submodules). */
function importedStarterNames(root: Node): Set<string> {
  const locals = new Set<string>();
  for (const statement of collect(root, new Set(["import_from_statement"]))) {
    const module = field(statement, "module_name")?.text;
    if (module !== "sentry_sdk" && !module?.startsWith("sentry_sdk.")) continue;
    for (const imported of statement.childrenForFieldName("name")) {
      if (!imported) continue;
      const original = imported.type === "aliased_import" ? field(imported, "name") : imported;
      const local = imported.type === "aliased_import" ? field(imported, "alias") : imported;
      if (original?.text === STARTER && local) locals.add(local.text);
    }
  }
  return locals;
}

/** What the call and its block say about the span, or undefined when it is not a gen_ai span this rule can read. */
function writtenSpan(call: Node): WrittenSpan<Node> | undefined {
  const args = callArguments(call);
  // `**options`: the op, name or attributes may come from there.
  if (args.splat) return undefined;
  const attributesValue = args.keywords.get("attributes")?.value;
  const attributesDict = attributesValue && unwrapParentheses(attributesValue);
  const op = spanOp(args.keywords.get("op"), attributesDict?.type === "dictionary" ? attributesDict : undefined);
  if (!op) return undefined;

  const facts: AttributeFacts = { values: new Map(), complete: true, renamed: false };
  if (attributesDict?.type === "dictionary") addDictionary(attributesDict, facts);
  else if (attributesValue) facts.complete = false;
  const binding = spanBinding(call);
  if (binding === "unknown") facts.complete = false;
  else if (binding) scanSpanUses(binding, facts);

  const nameValue = (args.keywords.get("name") ?? args.keywords.get("description"))?.value ?? args.positional[0];
  return {
    ...op,
    name: nameValue && writtenName(nameValue),
    renamed: facts.renamed,
    attributes: facts.values,
    complete: facts.complete,
  };
}

type SpanOp = Pick<WrittenSpan<Node>, "op" | "opValueAt" | "opAt">;

/** The literal `op="gen_ai..."`, or the streaming API's `attributes={"sentry.op": "gen_ai..."}`. */
function spanOp(keyword: { node: Node; value: Node } | undefined, attributes: Node | undefined): SpanOp | undefined {
  let entry = keyword;
  if (!entry && attributes) {
    const pair = named(attributes).find((item) => item.type === "pair" && pairKey(item) === "sentry.op");
    const value = pair && field(pair, "value");
    if (pair && value) entry = { node: pair, value };
  }
  if (!entry) return undefined;
  const op = stringValue(unwrapParentheses(entry.value));
  if (op === undefined || !op.startsWith("gen_ai.")) return undefined;
  return { op, opValueAt: entry.value, opAt: entry.node };
}

function writtenName(value: Node): WrittenName<Node> {
  return { leading: leadingText(value), shown: shownName(value), at: value };
}
