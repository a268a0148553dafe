import type { AutoIntegration } from "./types/calls";

/**
 * Sentry Python SDK integrations that create gen_ai spans by themselves (sentry_sdk/integrations/*).
 * `since` is the sentry-sdk version from which the integration is enabled without configuration: OpenAI
 * since 1.42.0 (its changelog entry); the other AI integrations are all enabled automatically from 2.45.0.
 */
export const PY_AUTO = {
  openai: { integration: "OpenAIIntegration", since: "1.42.0" },
  anthropic: { integration: "AnthropicIntegration", since: "2.45.0" },
  googleGenAi: { integration: "GoogleGenAIIntegration", since: "2.45.0" },
  litellm: { integration: "LiteLLMIntegration", since: "2.45.0" },
  langchain: { integration: "LangchainIntegration", since: "2.45.0" },
  langgraph: { integration: "LanggraphIntegration", since: "2.45.0" },
  openaiAgents: { integration: "OpenAIAgentsIntegration", since: "2.45.0" },
  pydanticAi: { integration: "PydanticAIIntegration", since: "2.45.0" },
} satisfies Record<string, AutoIntegration>;
