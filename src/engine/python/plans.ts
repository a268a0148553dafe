import { type SpanIdentity } from "../../core/conventions";
import type { PyCatalog } from "../../sdks/registry-python";
import type { PyHandoffs, PyRunStreamShape, PyStreamBlockShape, PyStreamShape } from "../../sdks/types/python";
import type { AutoIntegration } from "../../sdks/types/calls";
import type { EngineOptions, Site } from "../../core/types";
import { type Node } from "./ast";
import { type Attr } from "./emit";
import { Resolver } from "./resolve";
import { Lines } from "./text";

/** What the analysis of one Python file produces: sites, and the plans the rewrite turns into edits. */
/** A statement-level rewrite: an LLM call, an agent run or a dispatched tool call. */
export interface StatementPlan {
  type: "statement";
  site: Site;
  identity: SpanIdentity;
  nameCode: string;
  before: Attr[];
  /** Attributes read from the result, given the variable that holds it. */
  after: (result: string) => Attr[];
  /** The awaited call (`await` included) or the call. */
  value: { start: number; end: number };
  statement: { start: number; end: number };
  /** wrap: the statement moves inside the `with`; hoist: the call moves into `_sentry_response = ...` before it. */
  mode: "wrap" | "hoist";
  /** wrap mode: the name the statement assigns the result to. */
  resultTarget?: string;
  /** wrap mode, expression statement: where `_sentry_response = ` goes. */
  prefixAt?: number;
  /** Arguments moved into variables before the call, so that they are evaluated once. */
  hoists: Array<{ start: number; end: number; name: string }>;
  resultName: string;
  spanVar: string;
  scopeNode: Node;
  /**
   * A `stream=True` call assigned to a name: no `with`; the span is started before the statement and the
   * call becomes `_sentry_stream(span, lambda: <call>, <collector>())`, which ends the span with the stream.
   */
  stream?: { shape: PyStreamShape; call: { start: number; end: number }; awaited: boolean };
  /**
   * `with <stream manager call> as stream:` wrapped in the span: the call becomes
   * `_sentry_stream_block(span, <call>, <recorder>)` (`_sentry_stream_block_async` in an `async with`), which
   * records the stream's snapshot when the block exits.
   */
  /** `namesSpan`: the request named no model; the recorder names the span `<namesSpan> <model>` from the snapshot. */
  streamBlock?: {
    shape: PyStreamBlockShape;
    call: { start: number; end: number };
    async: boolean;
    namesSpan?: string;
  };
  /**
   * A call that starts a run in the background, assigned to a name: no `with`; the span is started before the
   * statement and the call becomes `_sentry_run_stream(span, lambda: <call>, <recorder>, <task attributes>)`,
   * which makes the call with the span current and ends the span when the run's task is done.
   */
  runStream?: { shape: PyRunStreamShape; call: { start: number; end: number } };
  /**
   * An async call not awaited where it is made (`asyncio.gather(Runner.run(...))`): the call becomes
   * `_sentry_coroutine_in_span(<call>, op, name, {before}, lambda result: {after})`, a coroutine that awaits it in a span.
   */
  coroutine?: { start: number; end: number };
}

/** A function whose body moves inside the span: tools and custom agents' `run`. */
export interface BodyPlan {
  type: "body";
  site: Site;
  identity: SpanIdentity;
  nameCode: string;
  before: Attr[];
  /** First statement after the docstring, and the end of the body. */
  first: number;
  end: number;
  returns: Array<{ start: number; valueStart: number; valueEnd: number; end: number }>;
  /** What each `return` value is recorded as; undefined leaves returns alone. */
  output?: { key: string; asList: boolean };
  /** Span variable names free in the function, best first; the rewrite takes the second when spans nest. */
  spanVars: string[];
}

/** A hand-off target that gets a callback (openai-agents `on_handoff=`) recording the hand-off span. */
export interface HandoffPlan {
  type: "handoff";
  site: Site;
  handoffs: PyHandoffs;
  element: { start: number; end: number };
  /** wrap: `target` -> `handoff(target, on_handoff=...)`; keyword: add `on_handoff=...` to `handoff(...)`. */
  form: "wrap" | "keyword";
  insertAt: number;
  fromCode: string;
  toCode: string;
}

export type Plan = StatementPlan | BodyPlan | HandoffPlan;

/** The offsets a plan rewrites: the statement, the body, or the hand-off target. */
export function planRange(plan: Plan): [number, number] {
  if (plan.type === "statement") return [plan.statement.start, plan.statement.end];
  if (plan.type === "body") return [plan.first, plan.end];
  return [plan.element.start, plan.element.end];
}

export interface Analysis {
  sites: Site[];
  plans: Plan[];
  resolver: Resolver;
}

export interface Context {
  text: string;
  lines: Lines;
  root: Node;
  catalog: PyCatalog;
  options: EngineOptions;
  resolver: Resolver;
}

export interface Found<P extends Plan = Plan> {
  site: Site;
  plan?: P;
}

export function calleeText(fn: Node): string {
  const text = fn.text.replace(/\s+/g, "");
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function skipped(site: Site, auto: AutoIntegration): Site {
  return {
    ...site,
    status: "skipped",
    reason: `Sentry's ${auto.integration} (sentry-sdk ${auto.since}+) already creates this span`,
  };
}
