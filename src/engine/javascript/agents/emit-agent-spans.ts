import ts from "typescript";
import {
  ATTR,
  handoffSpanName,
  INPUT_CONTENT_ATTRIBUTES,
  OUTPUT_CONTENT_ATTRIBUTES,
  spanIdentity,
  staticSpanName,
} from "../../../core/conventions";
import type { AgentResultShape } from "../../../sdks/types/agents";
import type { UsageShape } from "../../../sdks/types/calls";
import type { TextEdit } from "../../../core/text/edits";
import type { ProjectInfo } from "../../../core/types";
import { quoteString } from "../code-style";
import type { EmitContext } from "../emit-request-span";
import { indentationOfLine, moveNode, type Replacement } from "../move-code";
import { isPure, skipTypeWrappers } from "../purity";
import { readPath } from "../read-path";
import { propertyNameText } from "../resolve";
import type { AgentSite, HandoffSite, InvokeAgentSite, NameValue, ToolBodySite, ToolCallSite, TransferSite } from "./sites";

interface Attribute {
  key: string;
  code: string;
}

interface Layout {
  base: string;
  unit: string;
  eol: string;
  semicolon: string;
}

interface CallbackParts {
  sentry: string;
  op: string;
  name: string;
  attributes: Attribute[];
  /** The callback, already laid out from its first line (`async (span) => {`) to its last (`}`). */
  callback: string[];
}

/** The edit for one site (the caller decides when it is applied). */
export function emitAgentSite(site: AgentSite, context: EmitContext, helpers: Set<string>): TextEdit | undefined {
  switch (site.type) {
    case "invoke-agent":
      return emitInvokeAgent(site, context);
    case "tool-call":
      return emitToolCall(site, context);
    case "tool-body":
      return site.fn ? emitToolBody(site, context, helpers) : undefined;
    case "handoff":
      return emitHandoff(site, context);
    case "transfer":
      return emitTransfer(site, context);
  }
}

function layoutAt(context: EmitContext, base: string): Layout {
  const { style } = context;
  return { base, unit: style.indentUnit, eol: style.eol, semicolon: style.semicolons ? ";" : "" };
}

/** `Sentry.startSpan(\n{ op, name, attributes },\n<callback>,\n)` in the file's layout, starting at `layout.base`. */
function renderStartSpan(layout: Layout, parts: CallbackParts): string {
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

function setAttributesLines(indent: string, unit: string, spanName: string, attributes: Attribute[], semicolon: string): string[] {
  if (attributes.length === 0) return [];
  return [`${indent}${spanName}.setAttributes({`, ...attributes.map((attribute) => `${indent}${unit}${attribute.key}: ${attribute.code},`), `${indent}})${semicolon}`];
}

class AttributeList {
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
function json(context: EmitContext, code: string): string {
  return `${context.jsonHelper}(${code})`;
}

function nameCode(prefix: string, value: NameValue | undefined, context: EmitContext): string {
  if (!value) return quoteString(prefix, context.style);
  if ("text" in value) return quoteString(`${prefix} ${value.text}`, context.style);
  return `\`${prefix} \${${value.code}}\``;
}

function valueCode(value: NameValue, context: EmitContext): string {
  return "text" in value ? quoteString(value.text, context.style) : value.code;
}

function escapeTemplate(text: string): string {
  return text.replace(/[`\\]/g, "\\$&").replace(/\$\{/g, "\\${");
}

/** What every span that replaces an expression starts from: its own names, the layout at the expression's line, the op. */
function expressionSpanSetup(node: ts.Node, context: EmitContext, operation: "invoke_agent" | "execute_tool") {
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

// -------------------------------------------------------------------- invoke_agent

function emitInvokeAgent(site: InvokeAgentSite, context: EmitContext): TextEdit {
  const { sourceFile, options } = context;
  const { local, quote, start, layout, inner, attributeIndent, identity, attributes } = expressionSpanSetup(site.node, context, "invoke_agent");
  if (site.agentName) attributes.add(ATTR.agentName, valueCode(site.agentName, context));
  if (site.model) attributes.add(ATTR.requestModel, quote(site.model));
  if (site.tools) attributes.add(ATTR.availableTools, quote(JSON.stringify(site.tools.map((name) => ({ name })))));

  const hoists: string[] = [];
  const replacements: Replacement[] = [];
  if (site.input && options.recordInputs) {
    let code: string;
    let late = false;
    if (isPure(site.input.node)) {
      code = moveNode(site.input.node, sourceFile, [], attributeIndent);
    } else {
      // Evaluated once, where it was, then recorded.
      const name = local.allocate("input", ["agentInput", "runInput"]);
      hoists.push(`${inner}const ${name} = ${moveNode(site.input.node, sourceFile, [], inner)}${layout.semicolon}`);
      replacements.push({ start: site.input.node.getStart(sourceFile), end: site.input.node.end, text: name });
      code = name;
      late = true;
    }
    const messages = site.input.isPrompt ? `[{ role: ${quote("user")}, content: ${code} }]` : code;
    attributes.add(ATTR.requestMessages, json(context, messages), late);
  }

  const spanName = local.allocate("span", ["aiSpan", "genAiSpan"]);
  const resultName = local.allocate("response", ["result", "agentResult", "runResult"]);
  const resultAttributes = agentResultAttributes(site.result, resultName, context);
  const call = moveNode(site.node, sourceFile, replacements, inner);
  const awaitWord = site.isAsync ? "await " : "";
  const body: string[] = [...hoists, ...setAttributesLines(inner, layout.unit, spanName, attributes.late, layout.semicolon)];
  if (resultAttributes.length > 0) {
    body.push(`${inner}const ${resultName} = ${awaitWord}${call}${layout.semicolon}`);
    body.push(...setAttributesLines(inner, layout.unit, spanName, resultAttributes, layout.semicolon));
    body.push(`${inner}return ${resultName}${layout.semicolon}`);
  } else {
    body.push(`${inner}return ${call}${layout.semicolon}`);
  }
  const usesSpan = attributes.late.length > 0 || resultAttributes.length > 0;
  const text = renderStartSpan(layout, {
    sentry: context.sentry,
    op: quote(identity.op),
    name: nameCode(identity.namePrefix, site.agentName, context),
    attributes: attributes.start,
    callback: [`${site.isAsync ? "async " : ""}(${usesSpan ? spanName : ""}) => {`, ...body, `${layout.base}${layout.unit}}`],
  });
  return { start, end: site.node.end, text };
}

function agentResultAttributes(result: AgentResultShape, root: string, context: EmitContext): Attribute[] {
  const attributes = new AttributeList(context);
  const quote = context.style.quote;
  if (result.textIsResult) attributes.add(ATTR.responseText, json(context, `[${root}]`));
  else if (result.text) attributes.add(ATTR.responseText, json(context, `[${readPath(root, result.text, quote)}]`));
  else if (result.lastOf) {
    attributes.add(ATTR.responseText, json(context, `[${readPath(root, result.lastOf.list, quote)}?.at(-1)?.${result.lastOf.field}]`));
  }
  const usage = usageFor(result, context.project);
  if (usage?.input) attributes.add(ATTR.inputTokens, readPath(root, usage.input, quote));
  if (usage?.output) attributes.add(ATTR.outputTokens, readPath(root, usage.output, quote));
  if (usage?.total) attributes.add(ATTR.totalTokens, readPath(root, usage.total, quote));
  return attributes.start;
}

/** The usage field names of the project's installed major (AI SDK v4 results say `usage.promptTokens`). */
function usageFor(result: AgentResultShape, project: ProjectInfo): UsageShape | undefined {
  const older = result.usageBeforeMajor;
  const major = older && project.sdkMajors[older.module];
  return older && major !== undefined && major < older.major ? older.usage : result.usage;
}

// -------------------------------------------------------------------- execute_tool at a call site

function emitToolCall(site: ToolCallSite, context: EmitContext): TextEdit {
  const { sourceFile, options } = context;
  const { local, quote, start, layout, inner, attributeIndent, identity, attributes } = expressionSpanSetup(site.node, context, "execute_tool");
  attributes.add(ATTR.toolName, valueCode(site.toolName, context));

  const hoists: string[] = [];
  const replacements: Replacement[] = [];
  const args = site.node.arguments.filter((argument) => !ts.isSpreadElement(argument));
  if (options.recordInputs && args.length > 0 && args.length === site.node.arguments.length) {
    let late = false;
    const codes = args.map((argument) => {
      if (isPure(argument)) return moveNode(argument, sourceFile, [], attributeIndent);
      const name = local.allocate("input", ["toolInput", "args"]);
      hoists.push(`${inner}const ${name} = ${moveNode(argument, sourceFile, [], inner)}${layout.semicolon}`);
      replacements.push({ start: argument.getStart(sourceFile), end: argument.end, text: name });
      late = true;
      return name;
    });
    attributes.add(ATTR.toolInput, json(context, codes.length === 1 ? codes[0] : `[${codes.join(", ")}]`), late);
  }

  const spanName = local.allocate("span", ["toolSpan", "genAiSpan"]);
  const resultName = local.allocate("output", ["toolOutput", "result"]);
  const call = moveNode(site.node, sourceFile, replacements, inner);
  const body: string[] = [...hoists, ...setAttributesLines(inner, layout.unit, spanName, attributes.late, layout.semicolon)];
  const outputs = new AttributeList(context);
  outputs.add(ATTR.toolOutput, json(context, resultName));
  if (outputs.start.length > 0) {
    body.push(`${inner}const ${resultName} = ${site.isAsync ? "await " : ""}${call}${layout.semicolon}`);
    body.push(...setAttributesLines(inner, layout.unit, spanName, outputs.start, layout.semicolon));
    body.push(`${inner}return ${resultName}${layout.semicolon}`);
  } else {
    body.push(`${inner}return ${call}${layout.semicolon}`);
  }
  const usesSpan = attributes.late.length > 0 || outputs.start.length > 0;
  const text = renderStartSpan(layout, {
    sentry: context.sentry,
    op: quote(identity.op),
    name: nameCode(identity.namePrefix, site.toolName, context),
    attributes: attributes.start,
    callback: [`${site.isAsync ? "async " : ""}(${usesSpan ? spanName : ""}) => {`, ...body, `${layout.base}${layout.unit}}`],
  });
  return { start, end: site.node.end, text };
}

// -------------------------------------------------------------------- execute_tool around a tool body

/** Name of the pass-through that records a tool's output on its span (appended to the file once). */
export const TOOL_OUTPUT_HELPER = "recordToolOutput";

/**
 * The body runs inside the span, unchanged: as an expression it is passed on in place (awaited when it may be a
 * promise); as a block it becomes an immediately called arrow function, which keeps every `return`, `throw`,
 * `this` and `arguments` as they were. The output goes through a generic pass-through
 * (`recordToolOutput(span, output)`), so the body's values are still typed by the framework's expected return
 * type (a literal `type: "text"` stays a literal). An arrow's new body starts on the line after `=>`, one level
 * in, the way prettier lays out a call there; a method or function keeps a block: `{ return Sentry.startSpan(...); }`.
 */
function emitToolBody(site: ToolBodySite, context: EmitContext, helpers: Set<string>): TextEdit {
  const fn = site.fn!;
  const body = fn.body!;
  const { sourceFile, options, style } = context;
  const local = context.names.fork();
  const quote = (text: string): string => quoteString(text, style);
  const isAsync = !!ts.getModifiers(fn)?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
  const identity = spanIdentity("execute_tool", options.conventions);
  const bodyStart = body.getStart(sourceFile);
  const lineIndent = indentationOfLine(sourceFile.text, bodyStart);
  const arrow = ts.isArrowFunction(fn) ? fn.equalsGreaterThanToken : undefined;
  // A comment between `=>` and the body stays where it is, and so does the body's line.
  const breaksAfterArrow = !!arrow && sourceFile.text.slice(arrow.end, bodyStart).trim() === "";
  let base = lineIndent + style.indentUnit;
  if (arrow) base = breaksAfterArrow ? indentationOfLine(sourceFile.text, arrow.getStart(sourceFile)) + style.indentUnit : lineIndent;
  const layout = layoutAt(context, base);
  const inner = base + layout.unit + layout.unit;

  const attributes = new AttributeList(context);
  attributes.add(ATTR.operationName, quote("execute_tool"));
  if (site.toolName) attributes.add(ATTR.toolName, valueCode(site.toolName, context));
  if (site.description !== undefined) attributes.add(ATTR.toolDescription, quote(site.description));
  const input = fn.parameters[0] && parameterValue(fn.parameters[0].name);
  if (input) attributes.add(ATTR.toolInput, json(context, input));

  const asyncWord = isAsync ? "async " : "";
  // An expression body is awaited only when its value may be a promise; the callback is async only if it awaits.
  const expression = ts.isBlock(body) ? undefined : (body as ts.Expression);
  const awaitsValue = isAsync && !!expression && mayBePromise(expression);
  const callbackAsync = expression ? awaitsValue || containsAwait(expression) : isAsync;
  let callback: string[];
  if (options.recordOutputs) {
    const spanName = local.allocate("span", ["toolSpan", "genAiSpan"]);
    const moved = moveNode(body, sourceFile, [], inner);
    let invocation: string;
    if (!expression) invocation = `${isAsync ? "await " : ""}(${asyncWord}() => ${moved})()`;
    else if (awaitsValue) invocation = `await ${binds(expression) ? moved : `(${moved})`}`;
    else invocation = moveNode(asArgument(expression), sourceFile, [], inner);
    context.usesJsonHelper = true;
    helpers.add(TOOL_OUTPUT_HELPER);
    callback = [
      `${callbackAsync ? "async " : ""}(${spanName}) => {`,
      `${inner}return ${TOOL_OUTPUT_HELPER}(${spanName}, ${invocation})${layout.semicolon}`,
      `${base}${layout.unit}}`,
    ];
  } else {
    // Nothing to read from the result: the body is the callback.
    const moved = moveNode(body, sourceFile, [], base + layout.unit);
    callback = `${expression ? (containsAwait(expression) ? "async " : "") : asyncWord}() => ${moved}`.split(layout.eol);
  }
  const span = renderStartSpan(layout, {
    sentry: context.sentry,
    op: quote(identity.op),
    name: nameCode(identity.namePrefix, site.toolName, context),
    attributes: attributes.start,
    callback,
  });
  if (breaksAfterArrow) return { start: arrow!.end, end: body.end, text: `${layout.eol}${base}${span}` };
  if (arrow) return { start: bodyStart, end: body.end, text: span };
  return { start: bodyStart, end: body.end, text: `{${layout.eol}${base}return ${span}${layout.semicolon}${layout.eol}${lineIndent}}` };
}

/**
 * False when the expression's value cannot be a promise (a literal, a template, arithmetic, a comparison, an
 * awaited value...): awaiting it would only be noise. Anything that could hold one (a call, a variable) may be.
 */
function mayBePromise(expression: ts.Expression): boolean {
  const node = skipTypeWrappers(expression);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.some((property) => !property.name || propertyNameText(property.name) === "then");
  }
  if (ts.isConditionalExpression(node)) return mayBePromise(node.whenTrue) || mayBePromise(node.whenFalse);
  if (ts.isBinaryExpression(node)) {
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
        return mayBePromise(node.left) || mayBePromise(node.right);
      case ts.SyntaxKind.CommaToken:
      case ts.SyntaxKind.EqualsToken:
      case ts.SyntaxKind.AmpersandAmpersandEqualsToken:
      case ts.SyntaxKind.BarBarEqualsToken:
      case ts.SyntaxKind.QuestionQuestionEqualsToken:
        return mayBePromise(node.right);
      default:
        // Arithmetic, comparison, `in`, `instanceof`, bitwise: a number, string or boolean.
        return false;
    }
  }
  return !(
    ts.isAwaitExpression(node) ||
    ts.isLiteralExpression(node) ||
    ts.isTemplateExpression(node) ||
    ts.isArrayLiteralExpression(node) ||
    ts.isPrefixUnaryExpression(node) ||
    ts.isPostfixUnaryExpression(node) ||
    ts.isTypeOfExpression(node) ||
    ts.isVoidExpression(node) ||
    ts.isDeleteExpression(node) ||
    ts.isFunctionLike(node) ||
    ts.isClassExpression(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  );
}

/** `({ ... })` is parenthesised only to be an arrow's body: as an argument it needs no parentheses (a comma list does). */
function asArgument(expression: ts.Expression): ts.Expression {
  if (!ts.isParenthesizedExpression(expression)) return expression;
  const inner = expression.expression;
  return ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.CommaToken ? expression : inner;
}

/** An `await` in the expression itself (not in a function inside it): its callback must stay async. */
function containsAwait(expression: ts.Expression): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;
    if (ts.isAwaitExpression(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}

/** True when `await <expression>` reads the whole expression (no operator of lower precedence in it). */
function binds(expression: ts.Expression): boolean {
  return (
    ts.isCallExpression(expression) ||
    ts.isIdentifier(expression) ||
    ts.isPropertyAccessExpression(expression) ||
    ts.isElementAccessExpression(expression) ||
    ts.isParenthesizedExpression(expression) ||
    ts.isNewExpression(expression) ||
    ts.isLiteralExpression(expression) ||
    ts.isTemplateExpression(expression) ||
    ts.isArrayLiteralExpression(expression) ||
    ts.isObjectLiteralExpression(expression) ||
    ts.isNonNullExpression(expression) ||
    expression.kind === ts.SyntaxKind.ThisKeyword ||
    expression.kind === ts.SyntaxKind.TrueKeyword ||
    expression.kind === ts.SyntaxKind.FalseKeyword ||
    expression.kind === ts.SyntaxKind.NullKeyword
  );
}

/** True when the file already declares the helper (a second run must not add it again). */
export function hasTopLevelFunction(sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some((statement) => ts.isFunctionDeclaration(statement) && statement.name?.text === name);
}

/** The output pass-through, appended to the file like the JSON helper. */
export function toolOutputHelperEdit(context: EmitContext, typescript: boolean): TextEdit {
  const { style, sourceFile } = context;
  const unit = style.indentUnit;
  const semicolon = style.semicolons ? ";" : "";
  const quote = (text: string): string => quoteString(text, style);
  const signature = typescript
    ? `function ${TOOL_OUTPUT_HELPER}<T>(span: { setAttribute(key: string, value: string | undefined): unknown }, output: T): T {`
    : `function ${TOOL_OUTPUT_HELPER}(span, output) {`;
  const thenable = typescript ? "(output as { then?: unknown } | null | undefined)?.then" : "output?.then";
  const promise = typescript ? "(output as unknown as PromiseLike<unknown>)" : "output";
  const record = (value: string): string => `span.setAttribute(${quote(ATTR.toolOutput)}, ${context.jsonHelper}(${value}))`;
  const lines = [
    "",
    "/** Records a tool's output on its Sentry span and returns it unchanged (a promise is recorded when it resolves). */",
    signature,
    `${unit}if (typeof ${thenable} === ${quote("function")}) {`,
    `${unit}${unit}${promise}.then((value) => ${record("value")}, () => undefined)${semicolon}`,
    `${unit}} else {`,
    `${unit}${unit}${record("output")}${semicolon}`,
    `${unit}}`,
    `${unit}return output${semicolon}`,
    "}",
  ];
  const text = sourceFile.text;
  const body = lines.join(style.eol);
  return { start: text.length, end: text.length, text: text.endsWith("\n") ? `${body}${style.eol}` : `${style.eol}${body}` };
}

/** The first parameter's value as code: its name, or the destructured names put back together. */
function parameterValue(name: ts.BindingName): string | undefined {
  if (ts.isIdentifier(name)) return name.text;
  if (ts.isObjectBindingPattern(name)) {
    const parts: string[] = [];
    for (const element of name.elements) {
      const inner = parameterValue(element.name);
      if (!inner) return undefined;
      if (element.dotDotDotToken) {
        parts.push(`...${inner}`);
        continue;
      }
      const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : undefined;
      if (element.propertyName && !key) return undefined;
      if (ts.isIdentifier(element.name) && (!key || key === element.name.text)) parts.push(element.name.text);
      else if (key) parts.push(`${key}: ${inner}`);
      else return undefined;
    }
    return parts.length > 0 ? `{ ${parts.join(", ")} }` : undefined;
  }
  const items: string[] = [];
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) {
      items.push("undefined");
      continue;
    }
    const inner = parameterValue(element.name);
    if (!inner) return undefined;
    items.push(element.dotDotDotToken ? `...${inner}` : inner);
  }
  return `[${items.join(", ")}]`;
}

// -------------------------------------------------------------------- handoff

/** `agent.on("agent_handoff", (context, nextAgent) => { Sentry.startSpan({ op: "gen_ai.handoff", ... }, () => {}) })` */
function emitHandoff(site: HandoffSite, context: EmitContext): TextEdit {
  const { sourceFile, options, style } = context;
  const local = context.names.fork();
  const quote = (text: string): string => quoteString(text, style);
  const indent = indentationOfLine(sourceFile.text, site.statement.getStart(sourceFile));
  const layout = layoutAt(context, indent + style.indentUnit);
  const contextName = local.allocate("_context", ["_runContext"]);
  const nextName = local.allocate("nextAgent", ["toAgent", "handoffTarget"]);
  const identity = spanIdentity("handoff", options.conventions);
  const from = site.fromName !== undefined ? escapeTemplate(site.fromName) : `\${${site.agentVariable}.name}`;
  const name = `\`${handoffSpanName(from, `\${${nextName}.name}`)}\``;
  const span = renderStartSpan(layout, {
    sentry: context.sentry,
    op: quote(identity.op),
    name,
    attributes: [{ key: quote(ATTR.operationName), code: quote("handoff") }],
    callback: ["() => {}"],
  });
  const lines = [
    "",
    `${indent}${site.agentVariable}.${site.listenerMethod}(${quote(site.event)}, (${contextName}, ${nextName}) => {`,
    `${layout.base}${span}${layout.semicolon}`,
    `${indent}})${layout.semicolon}`,
  ];
  return { start: site.statement.end, end: site.statement.end, text: lines.join(layout.eol) };
}

/** `Sentry.startSpan({ op: "gen_ai.handoff", name: "handoff from A to B", ... }, () => {});` before B's statement. */
function emitTransfer(site: TransferSite, context: EmitContext): TextEdit {
  const { sourceFile, options, style } = context;
  const quote = (text: string): string => quoteString(text, style);
  const start = site.before.getStart(sourceFile);
  const indent = indentationOfLine(sourceFile.text, start);
  const layout = layoutAt(context, indent);
  const identity = spanIdentity("handoff", options.conventions);
  const part = (value: NameValue): string => ("text" in value ? escapeTemplate(value.text) : `\${${value.code}}`);
  const dynamic = "code" in site.from || "code" in site.to;
  const name = dynamic
    ? `\`${handoffSpanName(part(site.from), part(site.to))}\``
    : quote(handoffSpanName((site.from as { text: string }).text, (site.to as { text: string }).text));
  const span = renderStartSpan(layout, {
    sentry: context.sentry,
    op: quote(identity.op),
    name,
    attributes: [{ key: quote(ATTR.operationName), code: quote("handoff") }],
    callback: ["() => {}"],
  });
  return { start, end: start, text: `${span}${layout.semicolon}${layout.eol}${indent}` };
}
