import { spanIdentity } from "../../core/conventions";
import type { PyCatalog } from "../../sdks/registry-python";
import type { EngineOptions } from "../../core/types";
import { collect, named, type Node } from "./ast";
import type { Analysis, BodyPlan, HandoffPlan, Plan, StatementPlan } from "./analyze";
import { OUTPUT_CONTENT_ATTRIBUTES } from "../../core/conventions";
import {
  type Attr,
  attrLine,
  CONTENT_GATE,
  contentKind,
  dynamicAttr,
  gated,
  keep,
  responseAttrs,
  splitStart,
} from "./emit";
import { spanEnding, spanHeader, spanStart, type SentryApi, type SentryMajor } from "./sentry-api";
import { reindent, streamBlockHelperLines, streamHelperLines } from "./stream-helpers";
import { coroutineHelperLines, runStreamHelperLines } from "./run-helpers";
import { helperSource, helpersUsedIn, HELPER_NAMES, type HelperName } from "./helpers";
import { isDefinition, isImport, moduleImports } from "./module-imports";
import { detectIndentUnit, Lines, pyString } from "./text";
import { applyPrioritizedEdits, type PrioritizedEdit } from "../../core/text/edits";

/**
 * Turns the plans into text splices on the original source. Every change is an insertion or a replacement
 * of a small range; moving a statement into a `with` block inserts one indentation unit at the start of each
 * of its lines (never inside a multi-line string), so untouched bytes stay identical, CRLF stays CRLF and
 * nested rewrites (an LLM call inside a tool body) compose: each wrap adds its own unit to the lines it
 * covers, and generated lines are indented for every wrap around them.
 */

type Edit = PrioritizedEdit;

interface Region {
  plan: Plan;
  /** Offsets of what the wrap covers, and its lines. */
  start: number;
  end: number;
  first: number;
  last: number;
  unit: string;
}

const RESULT_OUTPUT = "_sentry_output";
const STREAM_BLOCK = "_sentry_stream_block";
const STREAM_BLOCK_ASYNC = "_sentry_stream_block_async";

export interface RewriteResult {
  output?: string;
}

/** `major`: the sentry-sdk major the project installs, which the span API calls are written for. */
export function rewrite(
  text: string,
  root: Node,
  analysis: Analysis,
  catalog: PyCatalog,
  options: EngineOptions,
  major: SentryMajor = 2,
): RewriteResult {
  const lines = new Lines(text);
  const plans = acceptPlans(analysis.plans, lines);
  if (!plans.length) return {};
  const nl = lines.newline;
  const fileUnit = detectIndentUnit(
    lines,
    collect(root, new Set(["block"]))
      .slice(0, 50)
      .map((block) => ({
        header: block.parent?.startIndex ?? 0,
        body: named(block)[0]?.startIndex ?? block.startIndex,
      }))
      .filter(({ header, body }) => lines.lineOf(header) !== lines.lineOf(body)),
  );
  const unitFor = (indent: string) =>
    indent.includes("\t") ? "\t" : fileUnit.includes("\t") && indent ? " ".repeat(4) : fileUnit;
  const strings = collect(root, new Set(["string"]))
    .filter((node) => node.text.includes("\n"))
    .map((node) => [node.startIndex, node.endIndex] as const);
  const inString = (offset: number) => strings.some(([start, end]) => start < offset && offset < end);
  const blank = (lineNo: number) => {
    const start = lines.starts[lineNo];
    return /^[ \t]*$/.test(text.slice(start, lines.lineEnd(start)));
  };

  const imports = moduleImports(root);
  const sentry = imports.sentryAlias ?? "sentry_sdk";
  const api: SentryApi = { major, module: sentry };
  const line = (attr: Parameters<typeof attrLine>[0], spanVar: string) => attrLine(attr, spanVar, api);

  // wrapped line ranges, for the indentation of everything generated inside them
  const regions: Region[] = [];
  for (const plan of plans) {
    if (plan.type === "statement" && plan.mode === "wrap" && !plan.stream && !plan.runStream) {
      const { start, end } = plan.statement;
      regions.push({
        plan,
        start,
        end,
        first: lines.lineOf(start),
        last: lines.lineOf(end),
        unit: unitFor(lines.indentAt(start)),
      });
    } else if (plan.type === "body") {
      regions.push({
        plan,
        start: plan.first,
        end: plan.end,
        first: lines.lineOf(plan.first),
        last: lines.lineOf(plan.end),
        unit: unitFor(lines.indentAt(plan.first)),
      });
    }
  }
  /** The wraps around a plan (a tool body around a wrapped call statement; never the plan's own). */
  const enclosing = (plan: Plan) => {
    const [start, end] =
      plan.type === "body"
        ? [plan.first, plan.end]
        : plan.type === "statement"
          ? [plan.statement.start, plan.statement.end]
          : [plan.element.start, plan.element.end];
    return regions.filter((region) => {
      if (region.plan === plan || region.start > start || end > region.end) return false;
      if (region.start < start || end < region.end) return true;
      return region.plan.type === "body" && plan.type !== "body";
    });
  };
  /** The wraps around a line that no plan owns (a `return` in a tool body). */
  const around = (lineNo: number) => regions.filter((region) => region.first <= lineNo && lineNo <= region.last);
  const units = (list: Region[]) => list.map((region) => region.unit).join("");

  const edits: Edit[] = [];
  const generated: string[] = [];
  /** The stream collectors the file's stream spans use, by class name. */
  const streamShapes = new Map<string, NonNullable<StatementPlan["stream"]>["shape"]>();
  /** The stream-manager snapshots the file's `with` stream spans record, by recorder name. */
  const blockShapes = new Map<string, NonNullable<StatementPlan["streamBlock"]>["shape"]>();
  /** The stream-manager helpers those spans use (`with` and `async with`). */
  const blockHelpers = new Set<string>();
  /** The background runs' result readers, by recorder name. */
  const runShapes = new Map<string, NonNullable<StatementPlan["runStream"]>["shape"]>();
  /** Set when a coroutine passed on is awaited in `_sentry_coroutine_in_span`. */
  let usesCoroutineHelper = false;
  const shiftLines = (first: number, last: number, unit: string) => {
    for (let lineNo = first; lineNo <= last; lineNo++) {
      const start = lines.starts[lineNo];
      if (blank(lineNo) || inString(start)) continue;
      edits.push({ start, end: start, text: unit, priority: 50, droppable: true });
    }
  };
  /** Source text of [start, end) re-indented so its first line's indentation becomes `indent`. */
  const moved = (
    start: number,
    end: number,
    indent: string,
    replacements: Array<{ start: number; end: number; text: string }>,
  ) => {
    const base = lines.indentAt(start);
    const local: Edit[] = replacements.map((replacement) => ({ ...replacement, priority: 60 }));
    for (let lineNo = lines.lineOf(start) + 1; lineNo <= lines.lineOf(end); lineNo++) {
      const lineStart = lines.starts[lineNo];
      if (lineStart >= end || blank(lineNo) || inString(lineStart)) continue;
      if (replacements.some((replacement) => replacement.start < lineStart && lineStart < replacement.end)) continue;
      const whitespace = /^[ \t]*/.exec(text.slice(lineStart, end))![0];
      if (!whitespace.startsWith(base)) continue;
      local.push({ start: lineStart, end: lineStart + base.length, text: indent, priority: 50 });
    }
    return applyPrioritizedEdits(text, local, start, end);
  };

  for (const plan of plans) {
    if (plan.type === "statement") edits.push(...statementEdits(plan));
    else if (plan.type === "body") edits.push(...bodyEdits(plan));
  }

  /** The call of a background run becomes `_sentry_run_stream(span, lambda: <call>, <recorder>, <task attributes>)`. */
  function runStreamEdits(plan: StatementPlan, runStream: NonNullable<StatementPlan["runStream"]>): Edit[] {
    const { shape, call } = runStream;
    const tasks = shape.taskAttributes.map((name) => pyString(name)).join(", ");
    runShapes.set(shape.recorder, shape);
    return [
      { start: call.start, end: call.start, text: `_sentry_run_stream(${plan.spanVar}, lambda: `, priority: 55 },
      { start: call.end, end: call.end, text: `, ${shape.recorder}, ${tasks})`, priority: 65 },
    ];
  }

  function streamEdits(plan: StatementPlan, stream: NonNullable<StatementPlan["stream"]> | undefined): Edit[] {
    const out: Edit[] = [];
    const lineNo = lines.lineOf(plan.statement.start);
    const outer = enclosing(plan);
    const indent = units(outer) + lines.indentAt(plan.statement.start);
    const initial = splitStart(plan.before, plan.spanVar, api);
    const start = spanStart(api, plan.identity, plan.nameCode, plan.spanVar, initial.start);
    // what needs no hoisted value is set first, so that a span a raising argument ends still says what it was
    const usesHoist = (code: string) => plan.hoists.some((hoist) => new RegExp(`\\b${hoist.name}\\b`).test(code));
    const before = [
      start,
      ...initial.lines.filter((line) => !usesHoist(line)),
      ...hoistedInTry(plan, indent),
      ...initial.lines.filter(usesHoist),
    ];
    out.push({
      start: lines.starts[lineNo],
      end: lines.starts[lineNo],
      text: before.map((line) => indent + line + nl).join(""),
      priority: 10 + outer.length,
    });
    for (const hoist of plan.hoists) out.push({ start: hoist.start, end: hoist.end, text: hoist.name, priority: 60 });
    if (stream) {
      const helper = stream.awaited ? "_sentry_stream_async" : "_sentry_stream";
      out.push({
        start: stream.call.start,
        end: stream.call.start,
        text: `${helper}(${plan.spanVar}, lambda: `,
        priority: 55,
      });
      out.push({
        start: stream.call.end,
        end: stream.call.end,
        text: `, ${stream.shape.collector.name}())`,
        priority: 65,
      });
      streamShapes.set(stream.shape.collector.name, stream.shape);
    } else if (plan.runStream) {
      out.push(...runStreamEdits(plan, plan.runStream));
    }
    generated.push(...before);
    return out;
  }

  /**
   * A started stream span's hoisted arguments, evaluated inside `try:` so that one that raises ends the span
   * with an error before the exception goes on (nothing else would end it).
   */
  function hoistedInTry(plan: StatementPlan, indent: string): string[] {
    if (!plan.hoists.length) return [];
    const unit = unitFor(lines.indentAt(plan.statement.start));
    const ending = spanEnding(api, plan.spanVar);
    const hoisted = plan.hoists.map(
      (hoist) => `${unit}${hoist.name} = ${moved(hoist.start, hoist.end, indent + unit, [])}`,
    );
    return [
      "try:",
      ...hoisted,
      "except BaseException:",
      `${unit}${ending.fail}`,
      `${unit}${ending.end}`,
      `${unit}raise`,
    ];
  }

  /** `_sentry_coroutine_in_span(<call>, op, name, {before}, lambda result: {after})` in place of the call. */
  function coroutineEdits(plan: StatementPlan, call: { start: number; end: number }): Edit[] {
    usesCoroutineHelper = true;
    const dict = (attrs: Attr[]) => `{${attrs.map((attr) => `${pyString(attr.key)}: ${attr.code}`).join(", ")}}`;
    const after = plan.after("result");
    const text = `, ${pyString(plan.identity.op)}, ${plan.nameCode}, ${dict(plan.before)}, ${after.length ? `lambda result: ${dict(after)}` : "lambda result: {}"})`;
    generated.push(text);
    return [
      { start: call.start, end: call.start, text: "_sentry_coroutine_in_span(", priority: 55 },
      { start: call.end, end: call.end, text, priority: 65 },
    ];
  }

  function statementEdits(plan: StatementPlan): Edit[] {
    if (plan.coroutine) return coroutineEdits(plan, plan.coroutine);
    if (plan.stream || plan.runStream) return streamEdits(plan, plan.stream);
    const out: Edit[] = [];
    const lineNo = lines.lineOf(plan.statement.start);
    const outer = enclosing(plan);
    const indent = units(outer) + lines.indentAt(plan.statement.start);
    const depth = outer.length;
    const inner = indent + unitFor(lines.indentAt(plan.statement.start));
    const initial = splitStart(plan.before, plan.spanVar, api);
    const header = spanHeader(api, plan.identity, plan.nameCode, plan.spanVar, initial.start);
    const hoisted = plan.hoists.map((hoist) => `${hoist.name} = ${moved(hoist.start, hoist.end, inner, [])}`);
    const before = [...hoisted, ...initial.lines];
    if (plan.mode === "wrap") {
      const resultVar = plan.resultTarget ?? plan.resultName;
      const after = plan.after(resultVar).map((attr) => line(attr, plan.spanVar));
      out.push({
        start: lines.starts[lineNo],
        end: lines.starts[lineNo],
        text: [header, ...before].map((line, index) => (index ? inner : indent) + line + nl).join(""),
        priority: 10 + depth,
      });
      const region = regions.find((candidate) => candidate.plan === plan)!;
      shiftLines(region.first, region.last, region.unit);
      for (const hoist of plan.hoists) out.push({ start: hoist.start, end: hoist.end, text: hoist.name, priority: 60 });
      if (plan.streamBlock) {
        const { call, shape } = plan.streamBlock;
        const helper = plan.streamBlock.async ? STREAM_BLOCK_ASYNC : STREAM_BLOCK;
        out.push({ start: call.start, end: call.start, text: `${helper}(${plan.spanVar}, `, priority: 55 });
        out.push({ start: call.end, end: call.end, text: `, ${shape.recorder})`, priority: 65 });
        blockShapes.set(shape.recorder, shape);
        blockHelpers.add(helper);
      }
      if (plan.prefixAt !== undefined && after.length)
        out.push({ start: plan.prefixAt, end: plan.prefixAt, text: `${plan.resultName} = `, priority: 60 });
      if (after.length) {
        const end = lines.lineEnd(plan.statement.end);
        out.push({ start: end, end, text: after.map((line) => nl + inner + line).join(""), priority: 100 - depth });
      }
      generated.push(header, ...before, ...after);
    } else {
      const after = plan.after(plan.resultName).map((attr) => line(attr, plan.spanVar));
      const replacements = plan.hoists.map((hoist) => ({ start: hoist.start, end: hoist.end, text: hoist.name }));
      const call = `${plan.resultName} = ${moved(plan.value.start, plan.value.end, inner, replacements)}`;
      const block = [header, ...before, call, ...after]
        .map((line, index) => (index ? inner : indent) + line + nl)
        .join("");
      out.push({ start: lines.starts[lineNo], end: lines.starts[lineNo], text: block, priority: 10 + depth });
      out.push({ start: plan.value.start, end: plan.value.end, text: plan.resultName, priority: 60 });
      generated.push(header, ...before, ...after);
    }
    return out;
  }

  function bodyEdits(plan: BodyPlan): Edit[] {
    const out: Edit[] = [];
    const lineNo = lines.lineOf(plan.first);
    const outer = enclosing(plan);
    const indent = units(outer) + lines.indentAt(plan.first);
    const depth = outer.length;
    const region = regions.find((candidate) => candidate.plan === plan)!;
    const inner = indent + region.unit;
    const nested = plans.some(
      (other) =>
        other !== plan && other.type !== "handoff" && startOf(other) >= plan.first && startOf(other) <= plan.end,
    );
    const spanVar = nested ? plan.spanVars[1] : plan.spanVars[0];
    const initial = splitStart(plan.before, spanVar, api);
    const header = spanHeader(api, plan.identity, plan.nameCode, spanVar, initial.start);
    const before = initial.lines;
    out.push({
      start: lines.starts[lineNo],
      end: lines.starts[lineNo],
      text: [header, ...before].map((line, index) => (index ? inner : indent) + line + nl).join(""),
      priority: 10 + depth,
    });
    shiftLines(region.first, region.last, region.unit);
    generated.push(header, ...before);
    if (plan.output) {
      const record = attrLine(
        gated(
          dynamicAttr(plan.output.key, `_sentry_json(${RESULT_OUTPUT}${plan.output.asList ? ", as_list=True" : ""})`),
          options,
        ),
        spanVar,
        api,
      );
      generated.push(record);
      for (const ret of plan.returns) {
        out.push({ start: ret.start, end: ret.valueStart, text: `${RESULT_OUTPUT} = `, priority: 60 });
        if (lines.startsLine(ret.start) && lines.endsLine(ret.end)) {
          const retLine = lines.lineOf(ret.start);
          const retIndent = units(around(retLine)) + lines.indentAt(ret.start);
          const end = lines.lineEnd(ret.end);
          out.push({
            start: end,
            end,
            text: `${nl}${retIndent}${record}${nl}${retIndent}return ${RESULT_OUTPUT}`,
            priority: 100 - around(retLine).length,
          });
        } else {
          out.push({ start: ret.end, end: ret.end, text: `; ${record}; return ${RESULT_OUTPUT}`, priority: 90 });
        }
      }
    }
    return out;
  }

  // hand-offs
  const handoffs = plans.filter((plan): plan is HandoffPlan => plan.type === "handoff");
  let handoffName = "handoff";
  let handoffImport: { at: number; text: string } | undefined;
  const wrapped = handoffs.find((plan) => plan.form === "wrap");
  if (wrapped) {
    const { wrapper } = wrapped.handoffs;
    const resolved = imports.handoff(analysis, catalog, wrapper);
    handoffName = resolved.name;
    if (resolved.importText) {
      const anchor = imports.fromImports.get(wrapper.module);
      handoffImport = anchor
        ? {
            at: lines.lineEnd(anchor.endIndex),
            text: `${nl}${lines.indentAt(anchor.startIndex)}${resolved.importText}`,
          }
        : { at: -1, text: resolved.importText };
    }
  }
  for (const plan of handoffs) {
    const callback = `${plan.handoffs.callbackKeyword}=_sentry_on_handoff(${plan.fromCode}, ${plan.toCode})`;
    if (plan.form === "wrap") {
      edits.push({ start: plan.element.start, end: plan.element.start, text: `${handoffName}(`, priority: 70 });
      edits.push({ start: plan.element.end, end: plan.element.end, text: `, ${callback})`, priority: 80 });
    } else {
      edits.push({ start: plan.insertAt, end: plan.insertAt, text: `, ${callback}`, priority: 80 });
    }
    generated.push(callback);
  }

  // helpers and imports
  // stream helpers and the SDKs' collectors, then every helper they use in turn
  const streamBlocks: string[] = [];
  const firstStream = [...streamShapes.values()][0];
  if (firstStream && !imports.definedHelpers.has("_SentryStream")) {
    // the collectors' response content: left out (never), or recorded when the app's Sentry settings allow it (auto)
    const sources = [...streamShapes.values()].map((shape) => shape.collector.source);
    const content = [...OUTPUT_CONTENT_ATTRIBUTES]
      .filter((key) => sources.some((source) => source.includes(JSON.stringify(key))))
      .sort();
    const outputs = !content.length
      ? undefined
      : !options.recordOutputs
        ? { keys: content }
        : contentKind(content[0], options)
          ? { keys: content, gate: CONTENT_GATE }
          : undefined;
    const inPlace = [
      ...new Set(
        [...streamShapes.values()].flatMap((shape) => (shape.iteratorAttribute ? [shape.iteratorAttribute] : [])),
      ),
    ];
    streamBlocks.push(reindent(streamHelperLines(inPlace, api, outputs), fileUnit, nl));
  }
  for (const [name, shape] of streamShapes) {
    if (!imports.definedHelpers.has(name))
      streamBlocks.push(reindent(shape.collector.source.split("\n"), fileUnit, nl));
  }
  for (const helper of [STREAM_BLOCK, STREAM_BLOCK_ASYNC]) {
    if (blockHelpers.has(helper) && !imports.definedHelpers.has(helper))
      streamBlocks.push(reindent(streamBlockHelperLines(helper === STREAM_BLOCK_ASYNC), fileUnit, nl));
  }
  for (const [name, shape] of blockShapes) {
    if (imports.definedHelpers.has(name)) continue;
    const record = keep(responseAttrs(shape.snapshot, "snapshot"), options).map((attr) => `    ${line(attr, "span")}`);
    const partial = shape.partialSnapshotAttribute;
    const read = (attribute: string) => `_sentry_field(stream, ${attribute.split(".").map(pyString).join(", ")})`;
    const lines = [
      `def ${name}(span, stream):`,
      partial
        ? `    """What the stream accumulated (\`stream.${shape.snapshotAttribute}\`, else \`stream.${partial}\`), read like a response."""`
        : `    """What the stream accumulated (\`stream.${shape.snapshotAttribute}\`), read like a response."""`,
      partial
        ? `    snapshot = ${read(shape.snapshotAttribute)} or ${read(partial)}`
        : `    snapshot = stream.${shape.snapshotAttribute}`,
      ...record,
    ];
    streamBlocks.push(reindent(lines, fileUnit, nl));
  }
  if (runShapes.size && !imports.definedHelpers.has("_SentryRunStream"))
    streamBlocks.push(reindent(runStreamHelperLines(api), fileUnit, nl));
  for (const [name, shape] of runShapes) {
    if (imports.definedHelpers.has(name)) continue;
    const record = keep(responseAttrs(shape.result, "result"), options).map((attr) => `    ${line(attr, "span")}`);
    const lines = [
      `def ${name}(span, result):`,
      `    """What a finished run's result says, read like a response."""`,
      ...(record.length ? record : ["    pass"]),
    ];
    streamBlocks.push(reindent(lines, fileUnit, nl));
  }
  if (usesCoroutineHelper && !imports.definedHelpers.has("_sentry_coroutine_in_span"))
    streamBlocks.push(reindent(coroutineHelperLines(api), fileUnit, nl));
  generated.push(...streamBlocks);
  const used = new Set<HelperName>();
  for (const code of generated) for (const name of helpersUsedIn(code)) used.add(name);
  for (const name of [...used]) if (imports.definedHelpers.has(name)) used.delete(name);
  const helpers = HELPER_NAMES.filter((name) => used.has(name));
  const needJsonImport = helpers.includes("_sentry_json") && imports.json === "missing";
  const newImports: string[] = [];
  if (needJsonImport) newImports.push("import json");
  if (!imports.sentryAlias) newImports.push("import sentry_sdk");
  if (handoffImport && handoffImport.at < 0) newImports.push(handoffImport.text);
  else if (handoffImport)
    edits.push({ start: handoffImport.at, end: handoffImport.at, text: handoffImport.text, priority: 0 });
  const helperText = helpers
    .map((name) =>
      helperSource(name, fileUnit, nl, api, imports.json !== "shadowed", {
        identity: spanIdentity("handoff", options.conventions),
        parameters: handoffs[0]?.handoffs.callbackParameters ?? [],
        callbackOf: handoffs[0] ? `${handoffs[0].site.sdk} ${handoffs[0].handoffs.callbackKeyword}` : "",
      }),
    )
    .concat(streamBlocks)
    .join(nl + nl + nl);

  const importAt = imports.insertionPoint(lines, text);
  if (newImports.length) {
    let block = newImports.map((line) => line + nl).join("");
    if (imports.firstRegular && !isImport(imports.firstRegular))
      block += nl + (isDefinition(imports.firstRegular) ? nl : "");
    if (importAt.needsLeadingNewline) block = nl + block;
    edits.push({ start: importAt.offset, end: importAt.offset, text: block, priority: 0 });
  }
  if (helperText) {
    const lastImport = imports.lastLeadingImport;
    if (lastImport) {
      const at = lines.lineEnd(lastImport.endIndex);
      // two blank lines around the helpers, counting the blank lines already after the imports
      let blankAfter = 0;
      for (let lineNo = lines.lineOf(at) + 1; lineNo < lines.starts.length && blankAfter < 2; lineNo++) {
        if (!blank(lineNo) || lines.starts[lineNo] >= text.length) break;
        blankAfter++;
      }
      const tail = imports.firstAfter(lastImport) ? nl.repeat(2 - blankAfter) : "";
      edits.push({ start: at, end: at, text: nl + nl + nl + helperText + tail, priority: 1 });
    } else {
      edits.push({
        start: importAt.offset,
        end: importAt.offset,
        text: (newImports.length ? nl : "") + helperText + nl + nl + nl,
        priority: 1,
      });
    }
  }
  return { output: applyPrioritizedEdits(text, edits, 0, text.length) };
}

function startOf(plan: Plan): number {
  if (plan.type === "statement") return plan.statement.start;
  if (plan.type === "body") return plan.first;
  return plan.element.start;
}

/** Keep one rewrite per statement; a call nested in another rewritten call is reported instead. */
function acceptPlans(plans: Plan[], lines: Lines): Plan[] {
  const accepted: Plan[] = [];
  const sorted = [...plans].sort((a, b) => startOf(a) - startOf(b));
  for (const plan of sorted) {
    if (plan.type === "statement") {
      const clash = accepted.find(
        (other) =>
          other.type === "statement" &&
          (other.statement.start === plan.statement.start ||
            (other.value.start <= plan.value.start && plan.value.end <= other.value.end) ||
            (plan.value.start <= other.value.start && other.value.end <= plan.value.end) ||
            other.hoists.some((hoist) => hoist.start <= plan.value.start && plan.value.end <= hoist.end)),
      );
      if (clash) {
        plan.site.status = "unsupported";
        plan.site.reason = `another AI call in the same statement (line ${lines.position(startOf(clash)).line}) is rewritten; split the statement`;
        continue;
      }
    }
    accepted.push(plan);
  }
  return accepted;
}
