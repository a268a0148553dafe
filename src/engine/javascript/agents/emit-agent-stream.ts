import { type BlockLayout, type RenderedAttribute, spanOptionsLines } from "../render-span";

/** `gen_ai.invoke_agent` for a streamed run: the span stays open until the run's completion promise settles. */

export interface AgentStreamParts {
  sentry: string;
  op: string;
  name: string;
  /** Start attributes, `gen_ai.response.streaming` included. */
  attributes: RenderedAttribute[];
  spanName: string;
  /** The call's arguments run app code (an input with side effects, recorded where it is) that may throw. */
  argumentsMayThrow: boolean;
  /** Attributes set at the top of the callback. */
  lateAttributes: RenderedAttribute[];
  /** The moved call, at the indentation of `endSpanWhenRunSettles`'s arguments. */
  call: (indent: string) => string;
  resultName: string;
  /** The result field whose promise settles when the run is done. */
  settledBy: string;
  /** The result field that is true when the app cancelled the run. */
  cancelledBy?: string;
  resultAttributes: RenderedAttribute[];
  errorName: string;
  quote: '"' | "'";
}

/**
 * `Sentry.startSpanManual(options, (span) => endSpanWhenRunSettles(span, <call>, (result) => result.<settledBy>,
 * (result) => ({ ...attributes })))`. A call whose arguments run app code is inside a `try` whose `catch` marks
 * and ends the span when they throw: nothing else would end it.
 */
export function renderAgentStreamSpan(layout: BlockLayout, parts: AgentStreamParts): string {
  const { base, unit, eol, semicolon } = layout;
  const one = base + unit;
  const two = one + unit;
  const three = two + unit;
  const lines = spanOptionsLines("startSpanManual", layout, parts);
  if (!parts.argumentsMayThrow && parts.lateAttributes.length === 0) {
    lines.push(`${one}(${parts.spanName}) =>`, `${two}${settles(parts, two, unit, eol)},`);
  } else {
    const four = three + unit;
    lines.push(`${one}(${parts.spanName}) => {`, `${two}try {`);
    if (parts.lateAttributes.length > 0) {
      lines.push(
        `${three}${parts.spanName}.setAttributes({`,
        ...parts.lateAttributes.map(({ key, code }) => `${four}${key}: ${code},`),
      );
      lines.push(`${three}})${semicolon}`);
    }
    lines.push(`${three}return ${settles(parts, three, unit, eol)}${semicolon}`);
    lines.push(`${two}} catch (${parts.errorName}) {`);
    lines.push(
      `${three}${parts.spanName}.setStatus({ code: 2, message: ${parts.quote}internal_error${parts.quote} })${semicolon}`,
    );
    lines.push(
      `${three}${parts.spanName}.end()${semicolon}`,
      `${three}throw ${parts.errorName}${semicolon}`,
      `${two}}`,
      `${one}},`,
    );
  }
  lines.push(`${base})`);
  return lines.join(eol);
}

/** `endSpanWhenRunSettles(...)` starting at `indent`, one argument per line. */
function settles(parts: AgentStreamParts, indent: string, unit: string, eol: string): string {
  const inner = indent + unit;
  const result = parts.resultName;
  let attributes: string;
  if (parts.resultAttributes.length === 0) attributes = `() => ({})`;
  else if (!parts.cancelledBy) {
    attributes = [
      `(${result}) => ({`,
      ...parts.resultAttributes.map(({ key, code }) => `${inner}${unit}${key}: ${code},`),
      `${inner}})`,
    ].join(eol);
  } else {
    const deeper = inner + unit + unit;
    attributes = [
      `(${result}) =>`,
      `${inner}${unit}${result}.${parts.cancelledBy}`,
      `${deeper}? {}`,
      `${deeper}: {`,
      ...parts.resultAttributes.map(({ key, code }) => `${deeper}${unit}${unit}${key}: ${code},`),
      `${deeper}${unit}}`,
    ].join(eol);
  }
  return [
    `endSpanWhenRunSettles(`,
    `${inner}${parts.spanName},`,
    `${inner}${parts.call(inner)},`,
    `${inner}(${result}) => ${result}.${parts.settledBy},`,
    `${inner}${attributes},`,
    `${indent})`,
  ].join(eol);
}
