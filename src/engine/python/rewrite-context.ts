import type { EngineOptions } from "../../core/types";
import type { PrioritizedEdit } from "../../core/text/edits";
import type { PyRunStreamShape, PyStreamBlockShape, PyStreamShape } from "../../sdks/types/python";
import type { Plan } from "./plans";
import type { SentryApi } from "./sentry-api";
import type { SourceLayout } from "./source-layout";
import { units, type WrapRegions } from "./wrap-regions";

/** What the edit writers of one file share: its layout and wraps, the span API, and what the new code uses. */

export type Edit = PrioritizedEdit;

/** The helpers with SDK parts the new spans call, which the file gets appended once each. */
export interface HelperUses {
  /** The stream collectors the file's stream spans use, by class name. */
  streamShapes: Map<string, PyStreamShape>;
  /** The stream-manager snapshots the file's `with` stream spans record, by recorder name. */
  /** Recorder name -> its shape; `namesSpan`: the recorder also names the span from the snapshot's model. */
  blockShapes: Map<string, PyStreamBlockShape & { namesSpan?: string }>;
  /** The stream-manager helpers those spans use (`_sentry_stream_block`, `_sentry_stream_block_async`). */
  blockHelpers: Set<string>;
  /** The background runs' result readers, by recorder name. */
  runShapes: Map<string, PyRunStreamShape>;
  /** Set when an awaited stream call is observed by `_sentry_stream_async`. */
  awaitedStream: boolean;
  /** Set when a coroutine passed on is awaited in `_sentry_coroutine_in_span`. */
  coroutine: boolean;
}

export interface RewriteContext {
  layout: SourceLayout;
  regions: WrapRegions;
  /** The plans the rewrite accepted. */
  plans: Plan[];
  api: SentryApi;
  options: EngineOptions;
  /** Every piece of code the new spans add, read for the `_sentry_*` helpers it calls. */
  generated: string[];
  uses: HelperUses;
}

/** The indentation of the lines generated before `at` (its own plus the wraps around `plan`), and their nesting. */
export function placing(ctx: RewriteContext, plan: Plan, at: number): { indent: string; depth: number } {
  const outer = ctx.regions.enclosing(plan);
  return { indent: units(outer) + ctx.layout.lines.indentAt(at), depth: outer.length };
}

/** Lines inserted before the line that holds `at`: the first at `indent`, the rest at `inner`. */
export function linesBefore(
  ctx: RewriteContext,
  at: number,
  code: string[],
  indent: string,
  inner: string,
  depth: number,
): Edit {
  const { lines, newline } = ctx.layout;
  const start = lines.starts[lines.lineOf(at)];
  const text = code.map((line, index) => (index ? inner : indent) + line + newline).join("");
  return { start, end: start, text, priority: 10 + depth };
}

/** Each argument moved into a variable is replaced by the variable's name in the call. */
export function hoistReplacements(plan: { hoists: Array<{ start: number; end: number; name: string }> }): Edit[] {
  return plan.hoists.map((hoist) => ({ start: hoist.start, end: hoist.end, text: hoist.name, priority: 60 }));
}
