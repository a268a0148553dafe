import type { IgnoreComment, IgnoreCommentRule, RuleId } from "./types";

/**
 * An ignore comment that suppressed nothing, a rule named in one that suppressed nothing, or a rule name that does
 * not exist. ignore-comments.ts applies the comments and hands each one here with the rules it suppressed.
 */
export const unusedIgnore: IgnoreCommentRule = {
  meta: {
    id: "unused-ignore",
    defaultSeverity: "warn",
    description: "An ignore comment suppresses nothing (or names a rule that does not exist).",
    help:
      "Remove the `sentry-ai-codemod-ignore-next-line` / `-ignore-line` / `-ignore-file` / `-disable` / `-enable` " +
      "comment, or fix the rule name in it. Stale ignore comments hide the next real problem on that line.",
  },
  check(comment, suppressed, knownRules) {
    return unusedMessages(comment, suppressed, knownRules).map((message) => ({
      ruleId: "unused-ignore",
      range: comment.range,
      message,
      fixable: false,
    }));
  },
};

function unusedMessages(comment: IgnoreComment, used: ReadonlySet<RuleId>, knownRules: readonly RuleId[]): string[] {
  const messages = comment.unknownRules.map(
    (name) => `Unknown rule "${name}" in ignore comment: the rules are ${knownRules.join(", ")}.`,
  );
  if (comment.scope === "enable") {
    const unmatched = comment.unmatched ?? [];
    const keys = Math.max(comment.rules.length, 1);
    for (const rule of unmatched) {
      const what = rule === "*" ? "all rules" : rule;
      const fix = unmatched.length === keys ? "Remove it" : `Remove "${rule}" from it`;
      messages.push(`Unused enable comment: no sentry-ai-codemod-disable comment for ${what} is open here. ${fix}.`);
    }
    return messages;
  }
  const where = whereItApplies(comment);
  if (comment.rules.length === 0) {
    if (comment.unknownRules.length === 0 && used.size === 0) {
      messages.push(`Unused ignore comment: no problems were reported ${where}. Remove it.`);
    }
    return messages;
  }
  const unused = comment.rules.filter((rule) => !used.has(rule));
  if (unused.length === comment.rules.length && comment.unknownRules.length === 0) {
    messages.push(`Unused ignore comment: no ${unused.join(" or ")} problem was reported ${where}. Remove it.`);
  } else {
    for (const rule of unused) {
      messages.push(`Unused ignore comment: no ${rule} problem was reported ${where}. Remove "${rule}" from it.`);
    }
  }
  return messages;
}

function whereItApplies(comment: IgnoreComment): string {
  if (comment.scope === "file") return "in this file";
  if (comment.scope !== "disable") return `on line ${comment.targetLine}`;
  const ends = [...(comment.enabledAt?.values() ?? [])];
  const everyRuleEnds = ends.length === Math.max(comment.rules.length, 1);
  const last = Math.max(...ends.map((end) => end.line));
  return everyRuleEnds
    ? `from line ${comment.range.end.line} to line ${last}`
    : `from line ${comment.range.end.line} to the end of the file`;
}
