import { siteWords } from "./site-words";
import type { SiteRule } from "./types";

/**
 * An LLM call, agent run, tool function or handoff the engine found outside a span of its kind: fixable when the
 * engine can wrap it (`instrumentable`), a hand fix when it cannot (`unsupported`, with the engine's reason).
 */
export const missingSpan: SiteRule = {
  meta: {
    id: "missing-span",
    defaultSeverity: "error",
    description: "An LLM call, agent run, tool function or handoff is not inside a matching gen_ai span.",
    help:
      "Sentry's AI Agent Monitoring only sees AI work that runs inside a gen_ai span. Run " +
      "`sentry-ai-codemod check --fix` (or `sentry-ai-codemod instrument`) to wrap the call in the span Sentry's " +
      'conventions expect, or wrap it by hand with `Sentry.startSpan({ op: "gen_ai.chat", name: "chat <model>" }, ...)` ' +
      '(Python: `with sentry_sdk.start_span(op="gen_ai.chat", name="chat <model>") as span:`).',
  },
  check(site, { conventions }) {
    // An ignored site still has no span: the finding is there for its ignore comment to suppress.
    if (site.status !== "instrumentable" && site.status !== "unsupported" && site.status !== "ignored")
      return undefined;
    const { what, op, spanName, because } = siteWords(site, conventions);
    if (site.status === "unsupported") {
      return {
        ruleId: "missing-span",
        range: site.range,
        fixable: false,
        message: `${what} is not inside a ${op} span, and --fix cannot wrap it here${because}: wrap it by hand in span "${spanName}".`,
      };
    }
    const auto = site.autoInstrumentedBy
      ? ` (Sentry's ${site.autoInstrumentedBy.integration} also records it when enabled; --skip-auto-instrumented leaves such calls to it.)`
      : "";
    return {
      ruleId: "missing-span",
      range: site.range,
      fixable: true,
      message: `${what} is not inside a ${op} span: run with --fix to wrap it in span "${spanName}".${auto}`,
    };
  },
};
