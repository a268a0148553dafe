import type { Attr } from "./emit";
import type { StatementPlan } from "./plans";
import { pyString } from "./text";
import type { Edit, RewriteContext } from "./rewrite-context";

/** A coroutine passed on unawaited (`asyncio.gather(Runner.run(...))`): a helper coroutine awaits it in a span. */

/** `_sentry_coroutine_in_span(<call>, op, name, {before}, lambda result: {after})` in place of the call. */
export function coroutineEdits(ctx: RewriteContext, plan: StatementPlan, call: { start: number; end: number }): Edit[] {
  ctx.uses.coroutine = true;
  const dict = (attrs: Attr[]) => `{${attrs.map((attr) => `${pyString(attr.key)}: ${attr.code}`).join(", ")}}`;
  const after = plan.after("result");
  const text = `, ${pyString(plan.identity.op)}, ${plan.nameCode}, ${dict(plan.before)}, ${after.length ? `lambda result: ${dict(after)}` : "lambda result: {}"})`;
  ctx.generated.push(text);
  return [
    { start: call.start, end: call.start, text: "_sentry_coroutine_in_span(", priority: 55 },
    { start: call.end, end: call.end, text, priority: 65 },
  ];
}
