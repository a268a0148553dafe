import type { ProviderHint } from "./types/calls";

/**
 * Providers without an SDK of their own in the catalog, reached through an OpenAI-compatible client's base URL
 * (`new OpenAI({ baseURL: "https://api.deepseek.com" })`). A provider with an SDK folder declares its hints there.
 */
export const OPENAI_COMPATIBLE_PROVIDERS: readonly ProviderHint[] = [
  { system: "deepseek", hosts: [/(^|\.)deepseek\.com$/] },
  { system: "together_ai", hosts: [/(^|\.)together\.(xyz|ai)$/] },
  { system: "openrouter", hosts: [/(^|\.)openrouter\.ai$/] },
  { system: "x_ai", hosts: [/(^|\.)x\.ai$/] },
  { system: "perplexity", hosts: [/(^|\.)perplexity\.ai$/] },
  { system: "fireworks_ai", hosts: [/(^|\.)fireworks\.ai$/] },
];
