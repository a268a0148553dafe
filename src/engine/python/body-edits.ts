import type { BodyPlan } from "./plans";
import { planRange } from "./plans";
import { attrLine, dynamicAttr, gated, splitStart } from "./emit";
import { spanHeader } from "./sentry-api";
import { type Edit, linesBefore, placing, type RewriteContext } from "./rewrite-context";
import { units } from "./wrap-regions";

/** A tool's or custom agent's body moved into a `with` span, each `return` value recorded on the way out. */

const RESULT_OUTPUT = "_sentry_output";

export function bodyEdits(ctx: RewriteContext, plan: BodyPlan): Edit[] {
  const { layout, api } = ctx;
  const { indent, depth } = placing(ctx, plan, plan.first);
  const region = ctx.regions.of(plan);
  const inner = indent + region.unit;
  // another span inside the body: the body's span takes the second free name
  const nested = ctx.plans.some((other) => {
    if (other === plan || other.type === "handoff") return false;
    const [start] = planRange(other);
    return start >= plan.first && start <= plan.end;
  });
  const spanVar = nested ? plan.spanVars[1] : plan.spanVars[0];
  const initial = splitStart(plan.before, spanVar, api);
  const header = spanHeader(api, plan.identity, plan.nameCode, spanVar, initial.start);
  const before = initial.lines;
  const out = [
    linesBefore(ctx, plan.first, [header, ...before], indent, inner, depth),
    ...layout.shiftLines(region.first, region.last, region.unit),
  ];
  ctx.generated.push(header, ...before);
  if (plan.output) out.push(...returnEdits(ctx, plan, plan.output, spanVar));
  return out;
}

/** `return <value>` becomes `_sentry_output = <value>`, the output recorded, then `return _sentry_output`. */
function returnEdits(
  ctx: RewriteContext,
  plan: BodyPlan,
  output: NonNullable<BodyPlan["output"]>,
  spanVar: string,
): Edit[] {
  const { lines, newline: nl } = ctx.layout;
  const value = `_sentry_json(${RESULT_OUTPUT}${output.asList ? ", as_list=True" : ""})`;
  const record = attrLine(gated(dynamicAttr(output.key, value), ctx.options), spanVar, ctx.api);
  ctx.generated.push(record);
  const out: Edit[] = [];
  for (const ret of plan.returns) {
    out.push({ start: ret.start, end: ret.valueStart, text: `${RESULT_OUTPUT} = `, priority: 60 });
    if (lines.startsLine(ret.start) && lines.endsLine(ret.end)) {
      const around = ctx.regions.around(lines.lineOf(ret.start));
      const retIndent = units(around) + lines.indentAt(ret.start);
      const end = lines.lineEnd(ret.end);
      out.push({
        start: end,
        end,
        text: `${nl}${retIndent}${record}${nl}${retIndent}return ${RESULT_OUTPUT}`,
        priority: 100 - around.length,
      });
    } else {
      out.push({ start: ret.end, end: ret.end, text: `; ${record}; return ${RESULT_OUTPUT}`, priority: 90 });
    }
  }
  return out;
}
