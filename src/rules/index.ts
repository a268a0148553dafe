import { malformedSpan } from "./malformed-span/rule";
import { missingSpan } from "./missing-span";
import { streamingManual } from "./streaming-manual";
import type { RuleId, RuleMeta } from "./types";
import { unresolvedReceiver } from "./unresolved-receiver";
import { unusedIgnore } from "./unused-ignore";

export type { RuleMeta } from "./types";

/** Every rule, in the order docs and SARIF list them. The index of a rule here is its SARIF `ruleIndex`. */
export const RULES: readonly RuleMeta[] = [missingSpan, malformedSpan, streamingManual, unresolvedReceiver, unusedIgnore];

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

const BY_ID = new Map<string, RuleMeta>(RULES.map((rule) => [rule.id, rule]));

export function isRuleId(value: string): value is RuleId {
  return BY_ID.has(value);
}

export function ruleMeta(id: RuleId): RuleMeta {
  const meta = BY_ID.get(id);
  if (!meta) throw new Error(`unknown rule ${id}`);
  return meta;
}
