import ts from "typescript";
import { awaitsInside } from "../node-search";
import type { OperationShape, StreamSpan } from "../../../sdks/types/calls";
import { skipTypeWrappers } from "../purity";
import { propertyNameText } from "../resolve";
import { isStreamHelper } from "./stream-helpers";

const BY_HAND =
  "start the span with Sentry.startSpanManual, read the text and usage from the chunks, and call span.end() " +
  "after the last chunk, on an error and when the app stops reading early";

/** What the decision reads of a request site. */
interface StreamedCall {
  node: ts.Expression;
  operation: OperationShape;
  request?: { type: "argument"; node: ts.Expression } | { type: "expression" };
  resultAccessor: string;
  readsResult: boolean;
}

/**
 * Whether the span of a streamed call can follow its stream, and how (the SDK's `streamSpan`), or why it
 * is left for a person to write (the reason names what to write).
 */
export function streamSpanFor(
  site: StreamedCall,
  flag: ts.Expression | undefined,
): { plan: StreamSpan } | { reason: string } {
  const operation = site.operation;
  const plan = operation.streamSpan;
  if (!plan)
    return { reason: operation.streamingManualReason ?? `no reader for this SDK's stream is known: ${BY_HAND}` };
  if (!operation.streaming && flag && flag.kind !== ts.SyntaxKind.TrueKeyword) {
    return {
      reason:
        "the stream option is not a literal `true`, so the call returns a stream or a whole response depending on a run-time " +
        "value: write `stream: true` in a call of its own to have it wrapped, or wrap it by hand",
    };
  }
  if (site.resultAccessor || !site.readsResult) {
    return { reason: `\`.withResponse()\` / \`.asResponse()\` on a stream: ${BY_HAND}` };
  }
  if ((plan.endsWith !== "chunks" || plan.returnsStream) && awaitsInside(site.node)) {
    // Only a promised raw stream's call is awaited anyway: the other callbacks return what the call returns, synchronously.
    return {
      reason:
        "the call's arguments contain `await`: move the awaited value into a variable before the call to have it wrapped",
    };
  }
  if (plan.endsWith === "chunks" && !isStreamHelper(plan.collector))
    return { reason: `no reader for this SDK's stream is known: ${BY_HAND}` };
  if (plan.endsWith === "callbacks") {
    const problem = callbackOptionsProblem(site.request?.type === "argument" ? site.request.node : undefined, plan);
    if (problem) return { reason: problem };
  }
  return { plan };
}

/** The AI SDK callbacks go into the options object: it must be written out, and its callbacks must be values. */
export function callbackOptionsProblem(
  optionsArgument: ts.Expression | undefined,
  plan: Extract<StreamSpan, { endsWith: "callbacks" }>,
): string | undefined {
  const options = optionsArgument && skipTypeWrappers(optionsArgument);
  const byHand = `pass \`${plan.onFinish}\` and \`${plan.onError}\` callbacks that end a span started with Sentry.startSpanManual`;
  if (!options || !ts.isObjectLiteralExpression(options)) {
    return `the options are not an object literal, so the span's callbacks cannot be added to them: ${byHand}`;
  }
  for (const property of options.properties) {
    if (ts.isSpreadAssignment(property)) {
      return `the options spread another object, which may carry callbacks of its own: ${byHand}`;
    }
    const name = property.name && propertyNameText(property.name);
    const isCallback = name === plan.onFinish || name === plan.onError || name === plan.onAbort;
    if (isCallback && !ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) {
      return `\`${name}\` is written as a method or accessor: make it a property (\`${name}: (event) => ...\`) to have the call wrapped`;
    }
  }
  return undefined;
}
