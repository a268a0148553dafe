import ts from "typescript";
import { spanKindOfOp } from "../../core/conventions";
import { findDeclaration } from "./declarations";
import { enclosingGenAiSpanOp } from "./existing-spans";
import { containsYield } from "./node-search";
import { literalProperty } from "./property-access";
import { skipTypeWrappers } from "./purity";
import type { RequestSite } from "./request-site";
import { streamSpanFor } from "./streaming/stream-site";

/** Decides the final status: already instrumented, streaming, or a position the tool cannot rewrite. */
export function withFinalStatus(site: RequestSite): RequestSite {
  const enclosingOp = enclosingGenAiSpanOp(site.node);
  if (enclosingOp && spanKindOfOp(enclosingOp) === "ai-request") {
    return { ...site, status: "instrumented", reason: `already inside a \`${enclosingOp}\` span` };
  }
  if (site.operation.streaming || isStreamingRequest(site)) {
    const stream = streamSpanFor(site, streamFlagNode(site));
    if ("reason" in stream) return { ...site, status: "streaming", reason: stream.reason };
    site = { ...site, streamSpan: stream.plan };
  }
  if (containsYield(site.node)) {
    return {
      ...site,
      status: "unsupported",
      reason: "the call contains `yield`, which cannot move into a span callback",
    };
  }
  const helperCaller = promiseHelperCaller(site.node);
  if (helperCaller) {
    return {
      ...site,
      status: "unsupported",
      reason:
        `its function returns the SDK's promise to a caller that reads \`${helperCaller.helper}()\` on it (line ${helperCaller.line}), ` +
        "which the span's plain Promise does not have; wrap the caller's call instead",
    };
  }
  return site;
}

/**
 * A call returned as is (`return client.x.create(...)`, `() => client.x.create(...)`) from a named function that
 * this file calls with `.withResponse()` / `.asResponse()` on the result: the span would turn the SDK's promise
 * into a plain Promise without them, and the caller would fail (TS2339, and a TypeError at run time). Callers in
 * other files are not seen.
 */
function promiseHelperCaller(node: ts.Expression): { helper: string; line: number } | undefined {
  let returned: ts.Node = node;
  while (ts.isParenthesizedExpression(returned.parent) || ts.isAsExpression(returned.parent))
    returned = returned.parent;
  const parent = returned.parent;
  let fn: ts.Node | undefined;
  if (ts.isReturnStatement(parent)) fn = ts.findAncestor(parent, ts.isFunctionLike);
  else if (ts.isArrowFunction(parent) && parent.body === returned) fn = parent;
  if (!fn) return undefined;
  let name: ts.Identifier | undefined;
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name))
    name = fn.name;
  else if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent)) {
    name = ts.isIdentifier(fn.parent.name) ? fn.parent.name : undefined;
  }
  if (!name) return undefined;
  const sourceFile = node.getSourceFile();
  let found: { helper: string; line: number } | undefined;
  const visit = (candidate: ts.Node): void => {
    if (found) return;
    if (
      ts.isPropertyAccessExpression(candidate) &&
      (candidate.name.text === "withResponse" || candidate.name.text === "asResponse") &&
      ts.isCallExpression(candidate.expression)
    ) {
      const callee = candidate.expression.expression;
      const calledName = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : undefined;
      if (calledName === name.text) {
        found = {
          helper: `.${candidate.name.text}`,
          line: sourceFile.getLineAndCharacterOfPosition(candidate.name.getStart(sourceFile)).line + 1,
        };
        return;
      }
    }
    ts.forEachChild(candidate, visit);
  };
  visit(sourceFile);
  return found;
}

function isStreamingRequest(site: RequestSite): boolean {
  const flag = streamFlagNode(site);
  return !!flag && flag.kind !== ts.SyntaxKind.FalseKeyword;
}

/** The value of the request's stream flag as written (in the call, or in the literal a request variable holds). */
function streamFlagNode(site: RequestSite): ts.Expression | undefined {
  const flagPath = site.operation.request.streamFlag;
  if (!flagPath || site.request?.type !== "argument") return undefined;
  let request = skipTypeWrappers(site.request.node);
  if (ts.isIdentifier(request)) {
    const declaration = findDeclaration(request);
    const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    if (!initializer) return undefined;
    request = skipTypeWrappers(initializer);
  }
  return literalProperty(request, flagPath);
}
