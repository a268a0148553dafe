import { ATTR, SPAN_KIND_OF_OPERATION, spanIdentity } from "../../core/conventions";
import type { Site } from "../../core/types";
import { callArguments, field, type CallArguments, type Node } from "./ast";
import { keep, responseAttrs, spanNameCode, staticAttr } from "./emit";
import { type Context, type Found, type StatementPlan, calleeText, skipped } from "./plans";
import { place, type Placement } from "./placement";
import { isArgumentOfHelper, isInstrumented } from "./existing-spans";
import { statementPlan } from "./statement-plan";
import { dispatchMatch, dispatchSite } from "./dispatch-sites";
import { type CallMatch, matchCall } from "./call-match";
import { callAttributes } from "./call-attributes";
import {
  isObservedAlready,
  streamBlockPlacement,
  streamEndOutOfSight,
  streamForm,
  streamPlan,
  type StreamForm,
  unobservableReason,
} from "./stream-sites";

/** LLM calls and agent runs found through the SDK data: the site, its status and the span plan. */

export function callSite(ctx: Context, call: Node): Found | undefined {
  const match = matchCall(ctx, call);
  if (!match || match === "unresolved") return unmatchedSite(ctx, call, match);
  const { op } = match;
  const site: Site = {
    kind: SPAN_KIND_OF_OPERATION[op.operation],
    sdk: match.sdkId,
    operation: op.operation,
    callee: calleeText(field(call, "function")!),
    range: ctx.lines.range(call.startIndex, call.endIndex),
    status: "instrumentable",
    autoInstrumentedBy: op.autoInstrumentedBy,
  };
  const placed = placeCall(ctx, call, match, site);
  return "site" in placed ? placed : { site, plan: callPlan(ctx, call, match, site, placed) };
}

/** Where a matched call's span goes. */
interface PlacedCall {
  args: CallArguments;
  form: StreamForm;
  placement: Exclude<Placement, { reason: string }>;
  /** The awaited call (`await` included) or the call. */
  value: Node;
  awaited: boolean;
  /** An async call not awaited where it is made. */
  coroutine: boolean;
}

/** Where the span of a matched call goes, or the site's status when it gets none (instrumented, left to the user). */
function placeCall(ctx: Context, call: Node, match: CallMatch, site: Site): PlacedCall | Found {
  const { op } = match;
  const args = callArguments(call);
  const manualStream = (why: string): Found => ({ site: { ...site, status: "streaming", reason: why } });
  const instrumented = (): Found => {
    site.status = "instrumented";
    return { site };
  };
  const form = streamForm(op, call, args);
  if (isObservedAlready(op, form, call)) return instrumented();
  const unobservable = unobservableReason(op, form);
  if (unobservable) return manualStream(unobservable);
  if (isInstrumented(ctx, call, site.kind)) return instrumented();
  if (ctx.options.skipAutoInstrumented && op.autoInstrumentedBy) {
    return { site: skipped(site, op.autoInstrumentedBy) };
  }
  const awaited = call.parent?.type === "await" ? call.parent : undefined;
  // a coroutine passed on (`gather(...)`, `create_task(...)`): a helper coroutine that awaits it in a span takes its place
  const coroutine = !awaited && !form.streamBlock && !form.streams && !!(op.async || match.info.async);
  if (coroutine && isArgumentOfHelper(call, /^_sentry_coroutine_in_span$/)) return instrumented();
  const value = awaited ?? call;
  const needsResult = keep(responseAttrs(op.response, "_"), ctx.options).length > 0;
  const placement: Placement = coroutine
    ? {
        mode: "hoist",
        statement: { start: call.startIndex, end: call.endIndex },
        scopeNode: ctx.resolver.scopeOf(call).node,
      }
    : form.streamBlock
      ? streamBlockPlacement(ctx, form.streamBlock)
      : place(ctx, value, needsResult);
  if ("reason" in placement) {
    site.status = "unsupported";
    site.reason = placement.reason;
    return { site };
  }
  const outOfSight = streamEndOutOfSight(ctx, form, placement, value);
  if (outOfSight) return manualStream(outOfSight);
  return { args, form, placement, value, awaited: !!awaited, coroutine };
}

/** The span of a placed call: its name, what it records, and how a stream or a coroutine is handed to it. */
function callPlan(ctx: Context, call: Node, match: CallMatch, site: Site, placed: PlacedCall): StatementPlan {
  const { op } = match;
  const { form, coroutine } = placed;
  const hoists: StatementPlan["hoists"] = [];
  const { before, nameSubject } = callAttributes(ctx, call, match, placed.args, hoists);
  const identity = spanIdentity(op.operation, ctx.options.conventions);
  const name = spanNameCode(identity.namePrefix, nameSubject);
  site.spanName = name.display;
  // no model in the request (a resumed stream, a stored prompt): the response's model names the span at run time
  const namesSpan =
    !nameSubject &&
    SPAN_KIND_OF_OPERATION[op.operation] !== "invoke-agent" &&
    (op.response.model || op.streamBlock?.snapshot.model)
      ? identity.namePrefix
      : undefined;
  const plan: StatementPlan = {
    ...statementPlan(ctx, {
      site,
      identity,
      nameCode: name.code,
      before,
      after: (result) => responseAttrs(op.response, result, namesSpan),
      value: placed.value,
      placement: placed.placement,
      hoists,
      resultName: site.kind === "invoke-agent" ? "_sentry_result" : "_sentry_response",
    }),
    ...streamPlan(op, form, call, placed.awaited, namesSpan),
    coroutine: coroutine ? { start: call.startIndex, end: call.endIndex } : undefined,
  };
  // arguments are evaluated once, in the call: what would need a variable before it is not recorded
  if (coroutine && hoists.length) {
    plan.before = plan.before.filter(
      (attr) => !hoists.some((hoist) => new RegExp(`\\b${hoist.name}\\b`).test(attr.code)),
    );
    plan.hoists = [];
  }
  if (plan.stream || plan.streamBlock || plan.runStream) plan.before.push(staticAttr(ATTR.responseStreaming, "True"));
  return plan;
}

/** A call no SDK data matches: maybe a hand-rolled tool dispatch, or (unresolved) an SDK call on an untraced receiver. */
function unmatchedSite(ctx: Context, call: Node, match: CallMatch | "unresolved" | undefined): Found | undefined {
  const dispatch = dispatchMatch(ctx, call);
  if (dispatch) return dispatchSite(ctx, call, dispatch);
  if (match !== "unresolved") return undefined;
  return {
    site: {
      kind: "ai-request",
      sdk: "unknown",
      operation: "chat",
      callee: calleeText(field(call, "function")!),
      range: ctx.lines.range(call.startIndex, call.endIndex),
      status: "unresolved",
      reason: "no SDK import, constructor, variable or `self` attribute leads to it",
    },
  };
}
