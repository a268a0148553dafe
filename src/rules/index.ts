import { malformedSpan } from "./malformed-span/rule";
import { missingSpan } from "./missing-span";
import { streamingManual } from "./streaming-manual";
import type { RuleId, RuleMeta } from "./types";
import { unresolvedReceiver } from "./unresolved-receiver";
import { unusedIgnore } from "./unused-ignore";

export type { RuleMeta } from "./types";

/** Every rule, in the order docs and SARIF list them. The index of a rule here is its SARIF `ruleIndex`. */
export const RULES: readonly RuleMeta[] = [
  missingSpan,
  malformedSpan,
  streamingManual,
  unresolvedReceiver,
  unusedIgnore,
].map((rule) => rule.meta);

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

const KNOWN_IDS: ReadonlySet<string> = new Set(RULE_IDS);

export function isRuleId(value: string): value is RuleId {
  return KNOWN_IDS.has(value);
}
