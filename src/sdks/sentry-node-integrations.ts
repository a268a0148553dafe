import type { AutoIntegration } from "./types/calls";

/**
 * Sentry Node SDK integrations that instrument a provider package wherever it is loaded from (the app's own
 * copy, or the one a framework such as LlamaIndex depends on). `since` is the first @sentry/node version with it.
 */
export const ANTHROPIC_AUTO: AutoIntegration = {
  integration: "anthropicAIIntegration",
  since: "10.3.0",
  runtimeName: "Anthropic_AI",
};

export const GOOGLE_GENAI_AUTO: AutoIntegration = {
  integration: "googleGenAIIntegration",
  since: "10.6.0",
  runtimeName: "Google_GenAI",
};
