import type { RuleMeta } from "./types";

export const missingSpan: RuleMeta = {
  id: "missing-span",
  defaultSeverity: "error",
  description: "An LLM call, agent run, tool function or handoff is not inside a matching gen_ai span.",
  help:
    "Sentry's AI Agent Monitoring only sees AI work that runs inside a gen_ai span. Run " +
    "`sentry-ai-codemod check --fix` (or `sentry-ai-codemod instrument`) to wrap the call in the span Sentry's " +
    "conventions expect, or wrap it by hand with `Sentry.startSpan({ op: \"gen_ai.chat\", name: \"chat <model>\" }, ...)`.",
};
