import type { RuleMeta } from "./types";

export const unresolvedReceiver: RuleMeta = {
  id: "unresolved-receiver",
  defaultSeverity: "warn",
  description: "A call looks like an LLM call, but the client it is made on could not be traced to a known SDK.",
  help:
    "The tool only wraps calls whose client it can trace to an SDK import. If the client comes from your own " +
    "wrapper, describe it under `customSdks` in `sentry-ai-codemod.config.json` (see docs/config.md); if the call " +
    "is not an LLM call, add `// sentry-ai-codemod-ignore-next-line unresolved-receiver -- <reason>`.",
};
