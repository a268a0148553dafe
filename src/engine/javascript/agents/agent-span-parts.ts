import ts from "typescript";
import { ATTR, INPUT_CONTENT_ATTRIBUTES, OUTPUT_CONTENT_ATTRIBUTES, spanIdentity } from "../../../core/conventions";
import { quoteString } from "../code-style";
import type { EmitContext } from "../emit-request-span";
import { indentationOfLine } from "../move-code";
import type { NameValue } from "./sites";

/** What every agent-side span is written with: the file's layout, the kept attributes, names, and the `startSpan` call. */

export interface Attribute {
  key: string;
  code: string;
}

export interface Layout {
  base: string;
  unit: string;
  eol: string;
  semicolon: string;
}

export interface CallbackParts {
  sentry: string;
  op: string;
  name: string;
  attributes: Attribute[];
  /** The callback, already laid out from its first line (`async (span) => {`) to its last (`}`). */
  callback: string[];
}

export function layoutAt(context: EmitContext, base: string): Layout {
  const { style } = context;
  return { base, unit: style.indentUnit, eol: style.eol, semicolon: style.semicolons ? ";" : "" };
}

/** `Sentry.startSpan(\n{ op, name, attributes },\n<callback>,\n)` in the file's layout, starting at `layout.base`. */
export function renderStartSpan(layout: Layout, parts: CallbackParts): string {
  const { base, unit, eol } = layout;
  const one = base + unit;
  const two = one + unit;
  const lines = [`${parts.sentry}.startSpan(`, `${one}{`, `${two}op: ${parts.op},`, `${two}name: ${parts.name},`];
  if (parts.attributes.length > 0) {
    lines.push(`${two}attributes: {`);
    for (const attribute of parts.attributes) lines.push(`${two}${unit}${attribute.key}: ${attribute.code},`);
    lines.push(`${two}},`);
  }
  lines.push(`${one}},`);
  parts.callback.forEach((line, index) => lines.push(index === 0 ? `${one}${line}` : line));
  lines[lines.length - 1] += ",";
  lines.push(`${base})`);
  return lines.join(eol);
}

export function setAttributesLines(indent: string, unit: string, spanName: string, attributes: Attribute[], semicolon: string): string[] {
  if (attributes.length === 0) return [];
  return [`${indent}${spanName}.setAttributes({`, ...attributes.map((attribute) => `${indent}${unit}${attribute.key}: ${attribute.code},`), `${indent}})${semicolon}`];
}

export class AttributeList {
  readonly start: Attribute[] = [];
  readonly late: Attribute[] = [];
  constructor(private readonly context: EmitContext) {}

  add(key: string, code: string, late = false): void {
    const { options } = this.context;
    if (!options.recordInputs && INPUT_CONTENT_ATTRIBUTES.has(key)) return;
    if (!options.recordOutputs && OUTPUT_CONTENT_ATTRIBUTES.has(key)) return;
    if (code.includes(`${this.context.jsonHelper}(`)) this.context.usesJsonHelper = true;
    const entry = { key: quoteString(key, this.context.style), code };
    (late ? this.late : this.start).push(entry);
  }
}

/** `toSpanJson(code)`; the helper is added to the file once an attribute using it is kept. */
export function json(context: EmitContext, code: string): string {
  return `${context.jsonHelper}(${code})`;
}

export function nameCode(prefix: string, value: NameValue | undefined, context: EmitContext): string {
  if (!value) return quoteString(prefix, context.style);
  if ("text" in value) return quoteString(`${prefix} ${value.text}`, context.style);
  return `\`${prefix} \${${value.code}}\``;
}

export function valueCode(value: NameValue, context: EmitContext): string {
  return "text" in value ? quoteString(value.text, context.style) : value.code;
}

export function escapeTemplate(text: string): string {
  return text.replace(/[`\\]/g, "\\$&").replace(/\$\{/g, "\\${");
}

/** What every span that replaces an expression starts from: its own names, the layout at the expression's line, the op. */
export function expressionSpanSetup(node: ts.Node, context: EmitContext, operation: "invoke_agent" | "execute_tool") {
  const { sourceFile, options, style } = context;
  const quote = (text: string): string => quoteString(text, style);
  const start = node.getStart(sourceFile);
  const layout = layoutAt(context, indentationOfLine(sourceFile.text, start));
  const inner = layout.base + layout.unit + layout.unit;
  const attributes = new AttributeList(context);
  attributes.add(ATTR.operationName, quote(operation));
  return {
    local: context.names.fork(),
    quote,
    start,
    layout,
    inner,
    attributeIndent: inner + layout.unit,
    identity: spanIdentity(operation, options.conventions),
    attributes,
  };
}
