import ts from "typescript";
import type { ToolDefinition } from "../../../sdks/types/agents";
import { findDeclaration } from "../declarations";
import { skipTypeWrappers } from "../purity";
import { isToolFunction, isWrappedToolFunction, TOOL_BODY_SPAN_HELPER, TOOL_SPAN_HELPER } from "./emit-tool-body";
import type { AgentFinder } from "./finder-context";
import type { NameValue } from "./sites";
import { calleeText, containsSpanOfKind } from "./syntax";

/**
 * A tool's body as a site: wrapped where it is written, wrapped where a declared function is passed, or
 * reported (a generator, a function from elsewhere, a body already in a span).
 */
export function addToolBody(
  finder: AgentFinder,
  definition: ts.Node,
  body: ts.Node,
  framework: string,
  toolName: NameValue | undefined,
  description: string | undefined,
  autoInstrumentedBy?: ToolDefinition["autoInstrumentedBy"],
  calleeOverride?: string,
): void {
  const callee =
    calleeOverride ??
    (ts.isCallExpression(definition) || ts.isNewExpression(definition)
      ? calleeText(definition, finder.sourceFile)
      : "tool");
  const base = {
    type: "tool-body" as const,
    framework,
    callee,
    reportNode: definition,
    toolName,
    description,
    autoInstrumentedBy,
  };
  if (isWrappedToolFunction(body)) {
    finder.push({
      ...base,
      status: "instrumented",
      reason: `the tool's function already runs through \`${ts.isCallExpression(body) ? TOOL_SPAN_HELPER : TOOL_BODY_SPAN_HELPER}\``,
    });
    return;
  }
  const declared = ts.isIdentifier(body) ? localFunctionOf(body) : undefined;
  if (declared && body.parent && !ts.isShorthandPropertyAssignment(body.parent)) {
    // `function: getWeather`: the reference is wrapped where it is passed; the function itself stays as written.
    if (declared.asteriskToken || !declared.body) {
      finder.push({ ...base, status: "unsupported", reason: "a generator tool streams its output; needs manual work" });
      return;
    }
    if (containsSpanOfKind(declared.body, "execute-tool")) {
      finder.push({
        ...base,
        status: "instrumented",
        reason: "the tool's function already runs in a `gen_ai.execute_tool` span",
      });
      return;
    }
    finder.push({ ...base, fn: body as ts.Identifier, status: "instrumentable" });
    return;
  }
  if (!isToolFunction(body)) {
    finder.push({
      ...base,
      status: "unsupported",
      reason: "the tool's body is a function defined elsewhere; wrap its body in a gen_ai.execute_tool span by hand",
    });
    return;
  }
  const fn = body;
  if (!fn.body) return;
  if (fn.asteriskToken) {
    finder.push({
      ...base,
      fn,
      status: "unsupported",
      reason: "a generator tool streams its output; needs manual work",
    });
    return;
  }
  if (containsSpanOfKind(fn.body, "execute-tool")) {
    finder.push({
      ...base,
      fn,
      status: "instrumented",
      reason: "the tool body already runs in a `gen_ai.execute_tool` span",
    });
    return;
  }
  finder.push({ ...base, fn, status: "instrumentable" });
}

/**
 * The function an identifier names when the file declares it as one: `function getWeather() {}`, or a `const`
 * initialised with an arrow function or function expression. Anything else (a parameter, an import, a `let`) may
 * not be a function when the framework reads it, and is reported instead.
 */
function localFunctionOf(
  identifier: ts.Identifier,
): ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | undefined {
  const declaration = findDeclaration(identifier);
  if (declaration && ts.isFunctionDeclaration(declaration)) return declaration;
  if (
    declaration &&
    ts.isVariableDeclaration(declaration) &&
    ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const &&
    declaration.initializer
  ) {
    const value = skipTypeWrappers(declaration.initializer);
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return value;
  }
  return undefined;
}
