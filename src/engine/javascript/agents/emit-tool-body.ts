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

/** `gen_ai.execute_tool` around a tool's function, through a small helper appended to the file once. */

/** Name of the wrapper that runs a tool function in its span (appended to the file once). */
export const TOOL_SPAN_HELPER = "withToolSpan";

/**
 * The tool's function value is wrapped where it is written, and none of its lines move:
 * `execute: withToolSpan("get_weather", "Get the weather", async ({ city }) => { ... })`. A method
 * (`async execute(input) { ... }`) becomes the same property around a function expression, which keeps `this`
 * and `arguments`. The helper passes `this`, the arguments, the result (a promise stays a promise) and any error
 * through, so the framework sees the function it was given, with the same types.
 */
export function emitToolBody(site: ToolBodySite, context: EmitContext, helpers: Set<string>): TextEdit {
  const fn = site.fn!;
  const { sourceFile, style } = context;
  const quote = (text: string): string => quoteString(text, style);
  const name = site.toolName ? valueCode(site.toolName, context) : "undefined";
  const description = site.description !== undefined ? quote(site.description) : "undefined";
  helpers.add(TOOL_SPAN_HELPER);
  if (recordsToolValues(context)) context.usesJsonHelper = true;
  const wrap = `${TOOL_SPAN_HELPER}(${name}, ${description}, `;
  const start = fn.getStart(sourceFile);
  const original = sourceFile.text.slice(start, fn.end);
  // A function passed by reference keeps its own type in TypeScript: the helper's type is inferred from the
  // function alone, where the framework's parameter type would have been checked against it.
  if (ts.isIdentifier(fn)) {
    const cast = isTypeScriptFile(sourceFile.fileName) ? ` as typeof ${original}` : "";
    return { start, end: fn.end, text: `${wrap}${original})${cast}` };
  }
  if (!ts.isMethodDeclaration(fn)) return { start, end: fn.end, text: `${wrap}${original})` };
  // `async execute(input) {` -> `execute: withToolSpan(..., async function (input) {`
  const header = sourceFile.text.slice(start, fn.name.getStart(sourceFile));
  // Type parameters and parameters start right after their opening `<` or `(`.
  const rest = sourceFile.text.slice((fn.typeParameters ?? fn.parameters).pos - 1, fn.end);
  const keyword = `${header.includes("async") ? "async " : ""}function${fn.asteriskToken ? "*" : ""} `;
  return { start, end: fn.end, text: `${fn.name.getText(sourceFile)}: ${wrap}${keyword}${rest})` };
}

/** True when the tool's function is already passed through the helper (a second run leaves it alone). */
export function isWrappedToolFunction(node: ts.Node): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === TOOL_SPAN_HELPER &&
    node.arguments.length === 3 &&
    (isToolFunction(node.arguments[2]!) || ts.isIdentifier(node.arguments[2]!))
  );
}

export function isToolFunction(node: ts.Node): node is ToolFunction {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node);
}

function recordsToolValues(context: EmitContext): boolean {
  return isRecorded(ATTR.toolInput, context.options) || isRecorded(ATTR.toolOutput, context.options);
}

/** True when the file already declares the helper (a second run must not add it again). */
export function hasTopLevelFunction(sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some(
    (statement) => ts.isFunctionDeclaration(statement) && statement.name?.text === name,
  );
}

/**
 * The wrapper, appended to the file like the JSON helper; what it records follows the Sentry settings. The function
 * it returns has the tool function's `name`, which a framework may read.
 */
export function toolSpanHelperEdit(context: EmitContext, typescript: boolean): TextEdit {
  const { style, sourceFile, options, sentry, jsonHelper } = context;
  const unit = style.indentUnit;
  const [one, two, three, four, five] = [1, 2, 3, 4, 5].map((depth) => unit.repeat(depth));
  const semicolon = style.semicolons ? ";" : "";
  const quote = (text: string): string => quoteString(text, style);
  const identity = spanIdentity("execute_tool", options.conventions);
  const signature = typescript
    ? `function ${TOOL_SPAN_HELPER}<A extends unknown[], R>(name: string | undefined, description: string | undefined, fn: (...args: A) => R): (...args: A) => R {`
    : `function ${TOOL_SPAN_HELPER}(name, description, fn) {`;
  const attributes = [
    [ATTR.operationName, quote("execute_tool")],
    [ATTR.toolName, "name"],
    [ATTR.toolDescription, "description"],
    [ATTR.toolInput, `${jsonHelper}(args[0])`],
  ]
    .filter(([key]) => isRecorded(key!, options))
    .map(([key, code]) => [key, recordedValue(key!, code!, context)]);
  const call = "fn.apply(this, args)";
  // Under `--record-outputs auto` the output is recorded only when the app's Sentry client allows it.
  const recordOutputLines = (): string[] => {
    const parameter = `(value${typescript ? ": unknown" : ""})`;
    const set = `span.setAttribute(${quote(ATTR.toolOutput)}, ${jsonHelper}(value))${semicolon}`;
    if (!runTimeContentKind(ATTR.toolOutput, options)) return [`${four}const record = ${parameter} => ${set}`];
    return [
      `${four}const record = ${parameter} => {`,
      `${five}if (${contentGateCall("outputs", context)}) ${set}`,
      `${four}}${semicolon}`,
    ];
  };
  const body = isRecorded(ATTR.toolOutput, options)
    ? [
        `${three}(span) => {`,
        `${four}const output = ${call}${semicolon}`,
        ...recordOutputLines(),
        typescript
          ? `${four}if (typeof (output as { then?: unknown } | null | undefined)?.then === ${quote("function")}) {`
          : `${four}if (typeof output?.then === ${quote("function")}) {`,
        `${five}${typescript ? "(output as unknown as PromiseLike<unknown>)" : "output"}.then(record, () => undefined)${semicolon}`,
        `${four}} else {`,
        `${five}record(output)${semicolon}`,
        `${four}}`,
        `${four}return output${semicolon}`,
        `${three}},`,
      ]
    : [`${three}() => ${call},`];
  const prefix = identity.namePrefix;
  const lines = [
    "",
    "/** Runs a tool's function in a Sentry execute_tool span; `this`, the arguments, the result and errors pass through. */",
    signature,
    `${one}const wrapped = function (${typescript ? "this: unknown, ...args: A): R" : "...args)"} {`,
    `${two}return ${sentry}.startSpan(`,
    `${three}{`,
    `${four}op: ${quote(identity.op)},`,
    `${four}name: name ? \`${prefix} \${name}\` : ${quote(prefix)},`,
    `${four}attributes: {`,
    ...attributes.map(([key, code]) => `${five}${quote(key!)}: ${code},`),
    `${four}},`,
    `${three}},`,
    ...body,
    `${two})${semicolon}`,
    `${one}}${semicolon}`,
    `${one}// It keeps the function's name: a framework may name the tool after it (openai's runTools does).`,
    `${one}Object.defineProperty(wrapped, ${quote("name")}, { value: fn.name, configurable: true })${semicolon}`,
    `${one}return wrapped${semicolon}`,
    "}",
  ];
  return appendedHelper(sourceFile, lines, style.eol);
}
