import type { RuleMeta } from "./types";

export const unusedIgnore: RuleMeta = {
  id: "unused-ignore",
  defaultSeverity: "warn",
  description: "An ignore comment suppresses nothing (or names a rule that does not exist).",
  help:
    "Remove the `sentry-ai-codemod-ignore-next-line` / `sentry-ai-codemod-ignore-file` comment, or fix the rule " +
    "name in it. Stale ignore comments hide the next real problem on that line.",
};
