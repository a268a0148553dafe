import type { PyCatalog } from "../../sdks/registry-python";
import { applyPrioritizedEdits, type PrioritizedEdit } from "../../core/text/edits";
import type { EngineOptions } from "../../core/types";
import { collect, named, type Node } from "./ast";
import type { Analysis, BodyPlan, HandoffPlan, Plan, StatementPlan } from "./analyze";
import { attrLine, dynamicAttr, gated, spanHeader, spanStart } from "./emit";
import { helperAndImportEdits } from "./helper-insertion";
import { moduleImports } from "./module-imports";
import { acceptPlans, startOf } from "./plan-acceptance";
import { detectIndentUnit, Lines } from "./text";

/**
 * Turns the plans into text splices on the original source. Every change is an insertion or a replacement
 * of a small range; moving a statement into a `with` block inserts one indentation unit at the start of each
 * of its lines (never inside a multi-line string), so untouched bytes stay identical, CRLF stays CRLF and
 * nested rewrites (an LLM call inside a tool body) compose: each wrap adds its own unit to the lines it
 * covers, and generated lines are indented for every wrap around them.
 */

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

export interface RewriteResult {
  output?: string;
}

export function rewrite(
  text: string,
  root: Node,
  analysis: Analysis,
  catalog: PyCatalog,
  options: EngineOptions,
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

  // wrapped line ranges, for the indentation of everything generated inside them
  const regions: Region[] = [];
  for (const plan of plans) {
    if (plan.type === "statement" && plan.mode === "wrap" && !plan.stream) {
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

  const edits: PrioritizedEdit[] = [];
  const generated: string[] = [];
  /** The stream collectors the file's stream spans use, by class name. */
  const streamShapes = new Map<string, NonNullable<StatementPlan["stream"]>["shape"]>();
  /** The stream-manager snapshots the file's `with` stream spans record, by recorder name. */
  const blockShapes = new Map<string, NonNullable<StatementPlan["streamBlock"]>["shape"]>();
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
    const local: PrioritizedEdit[] = replacements.map((replacement) => ({ ...replacement, priority: 60 }));
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

  function streamEdits(plan: StatementPlan, stream: NonNullable<StatementPlan["stream"]>): PrioritizedEdit[] {
    const out: PrioritizedEdit[] = [];
    const lineNo = lines.lineOf(plan.statement.start);
    const outer = enclosing(plan);
    const indent = units(outer) + lines.indentAt(plan.statement.start);
    const start = spanStart(sentry, plan.identity, plan.nameCode, plan.spanVar);
    const hoisted = plan.hoists.map((hoist) => `${hoist.name} = ${moved(hoist.start, hoist.end, indent, [])}`);
    const before = [start, ...hoisted, ...plan.before.map((attr) => attrLine(attr, plan.spanVar))];
    out.push({
      start: lines.starts[lineNo],
      end: lines.starts[lineNo],
      text: before.map((line) => indent + line + nl).join(""),
      priority: 10 + outer.length,
    });
    for (const hoist of plan.hoists) out.push({ start: hoist.start, end: hoist.end, text: hoist.name, priority: 60 });
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
    generated.push(...before);
    return out;
  }

  function statementEdits(plan: StatementPlan): PrioritizedEdit[] {
    if (plan.stream) return streamEdits(plan, plan.stream);
    const out: PrioritizedEdit[] = [];
    const lineNo = lines.lineOf(plan.statement.start);
    const outer = enclosing(plan);
    const indent = units(outer) + lines.indentAt(plan.statement.start);
    const depth = outer.length;
    const inner = indent + unitFor(lines.indentAt(plan.statement.start));
    const header = spanHeader(sentry, plan.identity, plan.nameCode, plan.spanVar);
    const hoisted = plan.hoists.map((hoist) => `${hoist.name} = ${moved(hoist.start, hoist.end, inner, [])}`);
    const before = [...hoisted, ...plan.before.map((attr) => attrLine(attr, plan.spanVar))];
    if (plan.mode === "wrap") {
      const resultVar = plan.resultTarget ?? plan.resultName;
      const after = plan.after(resultVar).map((attr) => attrLine(attr, plan.spanVar));
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
        out.push({ start: call.start, end: call.start, text: `_sentry_stream_block(${plan.spanVar}, `, priority: 55 });
        out.push({ start: call.end, end: call.end, text: `, ${shape.recorder})`, priority: 65 });
        blockShapes.set(shape.recorder, shape);
      }
      if (plan.prefixAt !== undefined && after.length)
        out.push({ start: plan.prefixAt, end: plan.prefixAt, text: `${plan.resultName} = `, priority: 60 });
      if (after.length) {
        const end = lines.lineEnd(plan.statement.end);
        out.push({ start: end, end, text: after.map((line) => nl + inner + line).join(""), priority: 100 - depth });
      }
      generated.push(header, ...before, ...after);
    } else {
      const after = plan.after(plan.resultName).map((attr) => attrLine(attr, plan.spanVar));
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

  function bodyEdits(plan: BodyPlan): PrioritizedEdit[] {
    const out: PrioritizedEdit[] = [];
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
    const header = spanHeader(sentry, plan.identity, plan.nameCode, spanVar);
    const before = plan.before.map((attr) => attrLine(attr, spanVar));
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

  edits.push(
    ...helperAndImportEdits({
      text,
      lines,
      options,
      imports,
      fileUnit,
      nl,
      sentry,
      streamShapes,
      blockShapes,
      generated,
      handoffs,
      handoffImport,
      blank,
    }),
  );
  return { output: applyPrioritizedEdits(text, edits, 0, text.length) };
}
