import { ATTR, handoffSpanName, spanIdentity } from "../../../core/conventions";
import type { TextEdit } from "../../../core/text/edits";
import { quoteString } from "../code-style";
import type { EmitContext } from "../emit-context";
import { indentationOfLine } from "../move-code";
import { type BlockLayout, renderStartSpan } from "../render-span";
import { escapeTemplate, layoutAt } from "./agent-span-parts";
import type { HandoffSite, NameValue, TransferSite } from "./sites";

/** `gen_ai.handoff` markers: a listener for a framework's handoff event, or a marker before an explicit transfer. */

/** `agent.on("agent_handoff", (context, nextAgent) => { Sentry.startSpan({ op: "gen_ai.handoff", ... }, () => {}) })` */
export function emitHandoff(site: HandoffSite, context: EmitContext): TextEdit {
  const { sourceFile, style } = context;
  const local = context.names.fork();
  const quote = (text: string): string => quoteString(text, style);
  const indent = indentationOfLine(sourceFile.text, site.statement.getStart(sourceFile));
  const layout = layoutAt(context, indent + style.indentUnit);
  const contextName = local.allocate("_context", ["_runContext"]);
  const nextName = local.allocate("nextAgent", ["toAgent", "handoffTarget"]);
  const from = site.fromName !== undefined ? escapeTemplate(site.fromName) : `\${${site.agentVariable}.name}`;
  const name = `\`${handoffSpanName(from, `\${${nextName}.name}`)}\``;
  const span = handoffSpan(layout, context, name);
  const lines = [
    "",
    `${indent}${site.agentVariable}.${site.listenerMethod}(${quote(site.event)}, (${contextName}, ${nextName}) => {`,
    `${layout.base}${span}${layout.semicolon}`,
    `${indent}})${layout.semicolon}`,
  ];
  return { start: site.statement.end, end: site.statement.end, text: lines.join(layout.eol) };
}

/** `Sentry.startSpan({ op: "gen_ai.handoff", name: "handoff from A to B", ... }, () => {});` before B's statement. */
export function emitTransfer(site: TransferSite, context: EmitContext): TextEdit {
  const { sourceFile, style } = context;
  const quote = (text: string): string => quoteString(text, style);
  const start = site.before.getStart(sourceFile);
  const indent = indentationOfLine(sourceFile.text, start);
  const layout = layoutAt(context, indent);
  const part = (value: NameValue): string => ("text" in value ? escapeTemplate(value.text) : `\${${value.code}}`);
  const dynamic = "code" in site.from || "code" in site.to;
  const name = dynamic
    ? `\`${handoffSpanName(part(site.from), part(site.to))}\``
    : quote(handoffSpanName((site.from as { text: string }).text, (site.to as { text: string }).text));
  const span = handoffSpan(layout, context, name);
  return { start, end: start, text: `${span}${layout.semicolon}${layout.eol}${indent}` };
}

/** The marker itself: a `gen_ai.handoff` span with an empty callback, named `name` (code). */
function handoffSpan(layout: BlockLayout, context: EmitContext, name: string): string {
  const quote = (text: string): string => quoteString(text, context.style);
  return renderStartSpan(layout, {
    sentry: context.sentry,
    op: quote(spanIdentity("handoff", context.options.conventions).op),
    name,
    attributes: [{ key: quote(ATTR.operationName), code: quote("handoff") }],
    callback: ["() => {}"],
  });
}
