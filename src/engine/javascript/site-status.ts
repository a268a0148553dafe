import ts from "typescript";
import { spanKindOfOp } from "../../core/conventions";
import { findDeclaration } from "./declarations";
import { enclosingGenAiSpanOp } from "./existing-spans";
import { containsYield } from "./node-search";
import { literalProperty } from "./property-access";
import { skipTypeWrappers } from "./purity";
import type { RequestSite } from "./request-site";
import { returningFunction, sameFileHelperCaller } from "./returned-sdk-promise";
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
 * A call returned as is from a named function that this file calls with `.withResponse()` / `.asResponse()` on the
 * result (returned-sdk-promise.ts). Callers in other files are looked up after the file's sites are found
 * (transform.ts), since that reads the project.
 */
function promiseHelperCaller(node: ts.Expression): { helper: string; line: number } | undefined {
  const name = returningFunction(node)?.name;
  return name ? sameFileHelperCaller(node.getSourceFile(), name.text) : undefined;
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
