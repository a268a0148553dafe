import ts from "typescript";
import { appendedHelper } from "../appended-helper";
import { ATTR, spanIdentity } from "../../../core/conventions";
import type { TextEdit } from "../../../core/text/edits";
import { quoteString } from "../code-style";
import type { EmitContext } from "../emit-context";
import { contentGateCall, recordedValue } from "../content-gate";
import { isRecorded, runTimeContentKind } from "../../../core/content-recording";
import { valueCode } from "./agent-span-parts";
import { isTypeScriptFile } from "../parse";
import type { ToolBodySite, ToolFunction } from "./sites";

/** `gen_ai.execute_tool` around a tool's function, through small helpers appended to the file once. */

/** Name of the helper that runs a tool's body in its span, from inside the tool's function (appended once). */
export const TOOL_BODY_SPAN_HELPER = "runInToolSpan";

/** Name of the wrapper around a tool function passed by reference (appended once, with `runInToolSpan`). */
export const TOOL_SPAN_HELPER = "withToolSpan";

/**
 * A tool function written in place stays where it is, with its parameter list and its lines as written, and its
 * BODY runs in the span from inside: `execute: async ({ city }) => runInToolSpan("get_weather", "Get the weather",
 * { city }, async () => { ... })`. The SDK's contextual type (the schema's type, through a generic of `tool(...)`)
 * still reaches the parameter, which a wrapper around the whole function would cut (`input` became `unknown`).
 * The body is an arrow function, so `this`, `arguments` and `super` are the tool function's own; it is async when
 * the tool is, so a sync tool stays sync. A method or function expression keeps its block:
 * `async execute(input) { return runInToolSpan(..., input, async () => { ... }); }`.
 *
 * The tool's input for `gen_ai.tool.input` is its first parameter: the parameter's name, `arguments[0]` in a
 * function that has `arguments` and destructures it, and in an arrow function that destructures it the bound
 * names put back together (`{ city }`, `{ city: name }`): the fields the tool reads, with nothing evaluated twice.
 * A function the file declares and passes by reference (`execute: lookup`) has no body here to enter: it is
 * wrapped where it is passed, `withToolSpan("lookup", ..., lookup) as typeof lookup`.
 */
export function emitToolBody(site: ToolBodySite, context: EmitContext, helpers: Set<string>): TextEdit {
  const fn = site.fn!;
  const { sourceFile, style } = context;
  const quote = (text: string): string => quoteString(text, style);
  const name = site.toolName ? valueCode(site.toolName, context) : "undefined";
  const description = site.description !== undefined ? quote(site.description) : "undefined";
  helpers.add(TOOL_BODY_SPAN_HELPER);
  if (recordsToolValues(context)) context.usesJsonHelper = true;
  const start = fn.getStart(sourceFile);
  const original = sourceFile.text.slice(start, fn.end);
  // A function passed by reference keeps its own type in TypeScript: the helper's type is inferred from the
  // function alone, where the framework's parameter type would have been checked against it.
  if (ts.isIdentifier(fn)) {
    helpers.add(TOOL_SPAN_HELPER);
    const cast = isTypeScriptFile(sourceFile.fileName) ? ` as typeof ${original}` : "";
    return { start, end: fn.end, text: `${TOOL_SPAN_HELPER}(${name}, ${description}, ${original})${cast}` };
  }
  const body = fn.body!;
  const input = isRecorded(ATTR.toolInput, context.options) ? toolInputCode(fn, sourceFile) : "undefined";
  const isAsync = !!ts.getModifiers(fn)?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
  const call = `${TOOL_BODY_SPAN_HELPER}(${name}, ${description}, ${input}, ${isAsync ? "async " : ""}() =>`;
  if (ts.isArrowFunction(fn) && !ts.isBlock(body)) {
    // `=> input.city` -> `=> runInToolSpan(..., async () => input.city)`: the text after `=>` stays as written.
    const arrow = fn.equalsGreaterThanToken.end;
    return { start: arrow, end: fn.end, text: ` ${call}${sourceFile.text.slice(arrow, fn.end)})` };
  }
  const open = body.getStart(sourceFile);
  if (ts.isArrowFunction(fn)) {
    // `=> {` ... `}` -> `=> runInToolSpan(..., async () => {` ... `})`.
    return { start: open, end: fn.end, text: `${call} ${sourceFile.text.slice(open, fn.end)})` };
  }
  // `async execute(input) {` ... `}` -> `async execute(input) { return runInToolSpan(..., async () => {` ... `}); }`
  const semicolon = style.semicolons ? ";" : "";
  const inner = sourceFile.text.slice(open + 1, body.end);
  return { start: open + 1, end: body.end, text: ` return ${call} {${inner})${semicolon} }` };
}

/**
 * What the tool function received as its input, read without running anything twice: the first parameter's name
 * (`args[0]` of a rest parameter), `arguments[0]` when a function with its own `arguments` destructures it, and in
 * an arrow function the names a destructuring binds, put back in the same shape. `undefined` without parameters
 * (an arrow function) or when a computed key would have to be evaluated again.
 */
function toolInputCode(
  fn: ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration,
  sourceFile: ts.SourceFile,
): string {
  const parameter = fn.parameters.find(
    (candidate) => !(ts.isIdentifier(candidate.name) && candidate.name.text === "this"),
  );
  if (!parameter) return ts.isArrowFunction(fn) ? "undefined" : "arguments[0]";
  if (ts.isIdentifier(parameter.name))
    return parameter.dotDotDotToken ? `${parameter.name.text}[0]` : parameter.name.text;
  if (!ts.isArrowFunction(fn)) return "arguments[0]";
  return rebuiltBinding(parameter.name, sourceFile) ?? "undefined";
}

function rebuiltBinding(name: ts.BindingName, sourceFile: ts.SourceFile): string | undefined {
  if (ts.isIdentifier(name)) return name.text;
  const parts: string[] = [];
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) {
      parts.push("undefined");
      continue;
    }
    const value = rebuiltBinding(element.name, sourceFile);
    if (value === undefined) return undefined;
    if (element.dotDotDotToken) {
      parts.push(`...${value}`);
      continue;
    }
    if (ts.isArrayBindingPattern(name)) {
      parts.push(value);
      continue;
    }
    const key = element.propertyName ?? element.name;
    if (ts.isComputedPropertyName(key)) return undefined;
    const keyText = key.getText(sourceFile);
    parts.push(ts.isIdentifier(key) && keyText === value ? value : `${keyText}: ${value}`);
  }
  if (ts.isArrayBindingPattern(name)) return `[${parts.join(", ")}]`;
  return parts.length > 0 ? `{ ${parts.join(", ")} }` : "{}";
}

/** True when the tool's function already runs in the span: wrapped by `withToolSpan`, or its body in `runInToolSpan`. */
export function isWrappedToolFunction(node: ts.Node): boolean {
  if (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === TOOL_SPAN_HELPER &&
    node.arguments.length === 3 &&
    (isToolFunction(node.arguments[2]!) || ts.isIdentifier(node.arguments[2]!))
  )
    return true;
  if (!isToolFunction(node) || !node.body) return false;
  let value: ts.Node | undefined = node.body;
  if (ts.isBlock(value)) {
    const [statement] = value.statements;
    value =
      value.statements.length === 1 && statement && ts.isReturnStatement(statement) ? statement.expression : undefined;
  }
  return (
    !!value &&
    ts.isCallExpression(value) &&
    ts.isIdentifier(value.expression) &&
    value.expression.text === TOOL_BODY_SPAN_HELPER &&
    value.arguments.length === 4
  );
}

export function isToolFunction(node: ts.Node): node is ToolFunction {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node);
}

function recordsToolValues(context: EmitContext): boolean {
  return isRecorded(ATTR.toolInput, context.options) || isRecorded(ATTR.toolOutput, context.options);
}

/**
 * The helpers, appended to the file like the JSON helper; what they record follows the Sentry settings.
 * `runInToolSpan` runs a tool's body in the span (`body` is new, the tool's `input` only read), and `withToolSpan`,
 * for a function passed by reference, runs that function through it with the same `this`, arguments and `name`.
 */
export function toolSpanHelperEdit(
  context: EmitContext,
  typescript: boolean,
  needs: { body: boolean; wrapper: boolean },
): TextEdit {
  const { style, sourceFile, options, sentry, jsonHelper } = context;
  const unit = style.indentUnit;
  const [one, two, three, four] = [1, 2, 3, 4].map((depth) => unit.repeat(depth));
  const semicolon = style.semicolons ? ";" : "";
  const quote = (text: string): string => quoteString(text, style);
  const identity = spanIdentity("execute_tool", options.conventions);
  // Without a recorded input the parameter is unused: `_input` keeps `noUnusedParameters` quiet.
  const input = isRecorded(ATTR.toolInput, options) ? "input" : "_input";
  const signature = typescript
    ? `function ${TOOL_BODY_SPAN_HELPER}<R>(name: string | undefined, description: string | undefined, ${input}: unknown, body: () => R): R {`
    : `function ${TOOL_BODY_SPAN_HELPER}(name, description, ${input}, body) {`;
  const attributes = [
    [ATTR.operationName, quote("execute_tool")],
    [ATTR.toolName, "name"],
    [ATTR.toolDescription, "description"],
    [ATTR.toolInput, `${jsonHelper}(input)`],
  ]
    .filter(([key]) => isRecorded(key!, options))
    .map(([key, code]) => [key, recordedValue(key!, code!, context)]);
  // Under `--record-outputs auto` the output is recorded only when the app's Sentry client allows it.
  const recordOutputLines = (): string[] => {
    const parameter = `(value${typescript ? ": unknown" : ""})`;
    const set = `span.setAttribute(${quote(ATTR.toolOutput)}, ${jsonHelper}(value))${semicolon}`;
    if (!runTimeContentKind(ATTR.toolOutput, options)) return [`${three}const record = ${parameter} => ${set}`];
    return [
      `${three}const record = ${parameter} => {`,
      `${four}if (${contentGateCall("outputs", context)}) ${set}`,
      `${three}}${semicolon}`,
    ];
  };
  const callback = isRecorded(ATTR.toolOutput, options)
    ? [
        `${two}(span) => {`,
        `${three}const output = body()${semicolon}`,
        ...recordOutputLines(),
        typescript
          ? `${three}if (typeof (output as { then?: unknown } | null | undefined)?.then === ${quote("function")}) {`
          : `${three}if (typeof output?.then === ${quote("function")}) {`,
        `${four}${typescript ? "(output as unknown as PromiseLike<unknown>)" : "output"}.then(record, () => undefined)${semicolon}`,
        `${three}} else {`,
        `${four}record(output)${semicolon}`,
        `${three}}`,
        `${three}return output${semicolon}`,
        `${two}},`,
      ]
    : [`${two}body,`];
  const prefix = identity.namePrefix;
  const bodyHelper = [
    "",
    "/** Runs a tool's body in a Sentry execute_tool span; its result (a promise stays a promise) and errors pass through. */",
    signature,
    `${one}return ${sentry}.startSpan(`,
    `${two}{`,
    `${three}op: ${quote(identity.op)},`,
    `${three}name: name ? \`${prefix} \${name}\` : ${quote(prefix)},`,
    `${three}attributes: {`,
    ...attributes.map(([key, code]) => `${four}${quote(key!)}: ${code},`),
    `${three}},`,
    `${two}},`,
    ...callback,
    `${one})${semicolon}`,
    "}",
  ];
  const wrapper = [
    "",
    `/** Runs a tool function passed by reference in ${TOOL_BODY_SPAN_HELPER}; \`this\`, the arguments and the result pass through. */`,
    typescript
      ? `function ${TOOL_SPAN_HELPER}<A extends unknown[], R>(name: string | undefined, description: string | undefined, fn: (...args: A) => R): (...args: A) => R {`
      : `function ${TOOL_SPAN_HELPER}(name, description, fn) {`,
    `${one}const wrapped = function (${typescript ? "this: unknown, ...args: A): R" : "...args)"} {`,
    `${two}return ${TOOL_BODY_SPAN_HELPER}(name, description, args[0], () => fn.apply(this, args))${semicolon}`,
    `${one}}${semicolon}`,
    `${one}// It keeps the function's name: a framework may name the tool after it (openai's runTools does).`,
    `${one}Object.defineProperty(wrapped, ${quote("name")}, { value: fn.name, configurable: true })${semicolon}`,
    `${one}return wrapped${semicolon}`,
    "}",
  ];
  const lines = [...(needs.body ? bodyHelper : []), ...(needs.wrapper ? wrapper : [])];
  return appendedHelper(sourceFile, lines, style.eol);
}
