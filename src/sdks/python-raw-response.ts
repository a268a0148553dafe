import type { ResponseShape } from "./types/calls";
import type { PyOperation } from "./types/python";

/**
 * `with_raw_response.<method>(...)` (openai, anthropic) returns the raw HTTP response: its sync `parse()` builds
 * the usual response object once and caches it (the app's own `parse()` then gets the same object), so the span
 * reads the response through it. A streamed raw response is left for manual work: its `parse()` is the stream.
 */
export function throughParse(shape: ResponseShape): ResponseShape {
  const at = (path: string | undefined): string | undefined => (path === undefined ? undefined : `parse().${path}`);
  const usage = shape.usage && {
    ...shape.usage,
    input: at(shape.usage.input),
    output: at(shape.usage.output),
    total: at(shape.usage.total),
    inputAlsoCounts: shape.usage.inputAlsoCounts?.map((path) => `parse().${path}`),
    outputAlsoCounts: shape.usage.outputAlsoCounts?.map((path) => `parse().${path}`),
  };
  return {
    text: at(shape.text),
    toolCalls: at(shape.toolCalls),
    model: at(shape.model),
    id: at(shape.id),
    finishReasons: at(shape.finishReasons),
    usage,
  };
}

/** `a.b.create` -> `a.b.with_raw_response.create`, read through `parse()`; the stream shapes are left out. */
export function rawResponseForm({ path, operation, request, response, autoInstrumentedBy }: PyOperation): PyOperation {
  const dot = path.lastIndexOf(".");
  return {
    path: `${path.slice(0, dot)}.with_raw_response${path.slice(dot)}`,
    operation,
    request,
    response: throughParse(response),
    autoInstrumentedBy,
  };
}
