import type { RuleId, RuleLevel } from "../rules/findings";
import { isRuleId, RULE_IDS, RULES } from "../rules";
import { ConfigError } from "./errors";

/** Each rule's level: the rules' defaults, the config's `rules`, and `--severity` flags on top. */

export function defaultRuleLevels(): Record<RuleId, RuleLevel> {
  return Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])) as Record<RuleId, RuleLevel>;
}

/**
 * `--severity rule=level` flags, on top of the configured levels. Unknown rules and levels are usage errors.
 */
export function applySeverityOverrides(
  rules: Record<RuleId, RuleLevel>,
  overrides: readonly string[],
): Record<RuleId, RuleLevel> {
  const merged = { ...rules };
  const problems: string[] = [];
  for (const override of overrides) {
    const [rule, level, extra] = override.split("=").map((part) => part.trim());
    if (level === undefined || extra !== undefined) {
      problems.push(`expected rule=off|warn|error, got ${JSON.stringify(override)}`);
    } else if (!isRuleId(rule)) {
      problems.push(`unknown rule ${JSON.stringify(rule)} (rules: ${RULE_IDS.join(", ")})`);
    } else if (!isRuleLevel(level)) {
      problems.push(`${rule}: expected "off" | "warn" | "error", got ${JSON.stringify(level)}`);
    } else {
      merged[rule] = level;
    }
  }
  if (problems.length > 0) throw new ConfigError("--severity", problems);
  return merged;
}

export const RULE_LEVELS: readonly RuleLevel[] = ["off", "warn", "error"];

export function isRuleLevel(value: unknown): value is RuleLevel {
  return (RULE_LEVELS as readonly unknown[]).includes(value);
}
