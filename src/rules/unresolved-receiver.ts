import { siteWords } from "./site-words";
import type { SiteRule } from "./types";

/** A call shaped like an LLM call whose client the engine could not trace to an SDK import: it cannot be wrapped. */
export const unresolvedReceiver: SiteRule = {
  meta: {
    id: "unresolved-receiver",
    defaultSeverity: "warn",
    description: "A call looks like an LLM call, but the client it is made on could not be traced to a known SDK.",
    help:
      "The tool only wraps calls whose client it can trace to an SDK import. If the client comes from your own " +
      "wrapper, describe it under `customSdks` in `sentry-ai-codemod.config.json` (see docs/config.md); if the call " +
      "is not an LLM call, add `// sentry-ai-codemod-ignore-next-line unresolved-receiver -- <reason>` (`#` in Python).",
  },
  check(site, { conventions }) {
    if (site.status !== "unresolved") return undefined;
    const { because } = siteWords(site, conventions);
    return {
      ruleId: "unresolved-receiver",
      range: site.range,
      fixable: false,
      message:
        `\`${site.callee}\` looks like an LLM call, but its receiver could not be traced to an SDK client${because}: ` +
        'describe your client under "customSdks" in sentry-ai-codemod.config.json, or ignore this line if it is not an LLM call.',
    };
  },
};
