import ts from "typescript";
import { ATTR, spanIdentity } from "../../../core/conventions";
import { quoteString } from "../code-style";
import { recordedValue } from "../content-gate";
import type { EmitContext } from "../emit-context";
import { indentationOfLine } from "../move-code";
import { type BlockLayout, type RenderedAttribute, renderStartSpan, setAttributesLines } from "../render-span";
import { isRecorded } from "../../../core/content-recording";
import type { NameValue } from "./sites";

/** What every agent-side span is written with: the file's layout, the kept attributes and the span's names. */

export function layoutAt(context: EmitContext, base: string): BlockLayout {
  const { style } = context;
  return { base, unit: style.indentUnit, eol: style.eol, semicolon: style.semicolons ? ";" : "" };
}

/** The attributes of one span as they are added: dropped when the settings do not record them, keys quoted. */
export class AttributeList {
  readonly start: RenderedAttribute[] = [];
  readonly late: RenderedAttribute[] = [];
  constructor(private readonly context: EmitContext) {}

  add(key: string, code: string, late = false): void {
    if (!isRecorded(key, this.context.options)) return;
    if (code.includes(`${this.context.jsonHelper}(`)) this.context.usesJsonHelper = true;
    const entry = { key: quoteString(key, this.context.style), code: recordedValue(key, code, this.context) };
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

/** What a span around an agent run or a tool call is made of, in the order its callback runs them. */
export interface CallSpanParts {
  sentry: string;
  op: string;
  name: string;
  attributes: AttributeList;
  /** Lines evaluating the inputs the call reads, before it. */
  hoists: string[];
  call: string;
  isAsync: boolean;
  spanName: string;
  resultName: string;
  /** The type the app declared for the result (`declaredResultType`), written on the callback's `const`. */
  resultType?: string;
  /** Attributes read from the result; none: the call is returned as is. */
  resultAttributes: RenderedAttribute[];
}

/**
 * The `startSpan` around an agent run or a tool call (`inner` is its callback's indentation): the hoisted inputs
 * and the attributes they give, the call, then the attributes its result gives.
 */
export function renderCallSpan(layout: BlockLayout, inner: string, parts: CallSpanParts): string {
  const { attributes, spanName, resultName, resultAttributes, call } = parts;
  const body: string[] = [...parts.hoists, ...setAttributesLines(layout, inner, spanName, attributes.late)];
  if (resultAttributes.length > 0) {
    const declared = parts.resultType ? `: ${parts.resultType}` : "";
    body.push(`${inner}const ${resultName}${declared} = ${parts.isAsync ? "await " : ""}${call}${layout.semicolon}`);
    body.push(...setAttributesLines(layout, inner, spanName, resultAttributes));
    body.push(`${inner}return ${resultName}${layout.semicolon}`);
  } else {
    body.push(`${inner}return ${call}${layout.semicolon}`);
  }
  const usesSpan = attributes.late.length > 0 || resultAttributes.length > 0;
  return renderStartSpan(layout, {
    sentry: parts.sentry,
    op: parts.op,
    name: parts.name,
    attributes: attributes.start,
    callback: [
      `${parts.isAsync ? "async " : ""}(${usesSpan ? spanName : ""}) => {`,
      ...body,
      `${layout.base}${layout.unit}}`,
    ],
  });
}
