import type { SpanIdentity } from "../../core/conventions";
import type { Site } from "../../core/types";
import type { Node } from "./ast";
import { type Attr, keep } from "./emit";
import type { Context, StatementPlan } from "./plans";
import type { Placement } from "./placement";
import { spanVariable } from "./existing-spans";

/** The plan of a call's statement span: its attributes kept as the options say, its span variable free in scope. */

export interface StatementSpan {
  site: Site;
  identity: SpanIdentity;
  nameCode: string;
  before: Attr[];
  /** The attributes read from the result, before the options leave any out. */
  after: (result: string) => Attr[];
  /** The awaited call (`await` included) or the call. */
  value: Node;
  placement: Exclude<Placement, { reason: string }>;
  hoists: StatementPlan["hoists"];
  resultName: string;
}

export function statementPlan(ctx: Context, span: StatementSpan): StatementPlan {
  const { placement, value, after } = span;
  return {
    type: "statement",
    site: span.site,
    identity: span.identity,
    nameCode: span.nameCode,
    before: keep(span.before, ctx.options),
    after: (result) => keep(after(result), ctx.options),
    value: { start: value.startIndex, end: value.endIndex },
    ...placement,
    hoists: span.hoists,
    resultName: span.resultName,
    spanVar: spanVariable(ctx, placement.scopeNode, ["span", "gen_ai_span", "_sentry_span"]),
  };
}
