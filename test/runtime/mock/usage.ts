// Token usage the mock reports, in each provider's own wire names.
// Every number is distinct across the whole table (except embeddings, where prompt = total), so an
// attribute read from the wrong field (input vs output, cached vs total, another provider's mapping)
// shows up as a wrong value.
export const MOCK_USAGE = {
  openaiChat: {
    prompt_tokens: 11,
    completion_tokens: 7,
    total_tokens: 18,
    prompt_tokens_details: { cached_tokens: 4 },
    completion_tokens_details: { reasoning_tokens: 3 },
  },
  openaiResponses: {
    input_tokens: 17,
    output_tokens: 9,
    total_tokens: 26,
    input_tokens_details: { cached_tokens: 5 },
    output_tokens_details: { reasoning_tokens: 2 },
  },
  openaiEmbeddings: { prompt_tokens: 6, total_tokens: 6 },
  openaiCompletions: { prompt_tokens: 12, completion_tokens: 8, total_tokens: 20 },
  anthropic: {
    input_tokens: 13,
    output_tokens: 14,
    cache_read_input_tokens: 15,
    cache_creation_input_tokens: 16,
  },
  google: {
    promptTokenCount: 19,
    candidatesTokenCount: 21,
    thoughtsTokenCount: 22,
    totalTokenCount: 62,
    cachedContentTokenCount: 23,
  },
  mistral: { prompt_tokens: 24, completion_tokens: 25, total_tokens: 49 },
  cohere: {
    billed_units: { input_tokens: 27, output_tokens: 28 },
    tokens: { input_tokens: 29, output_tokens: 30 },
  },
  ollama: { prompt_eval_count: 31, eval_count: 32 },
  ollamaEmbed: { prompt_eval_count: 33 },
  bedrock: {
    inputTokens: 34,
    outputTokens: 35,
    totalTokens: 69,
    cacheReadInputTokens: 36,
    cacheWriteInputTokens: 37,
  },
  groq: { prompt_tokens: 38, completion_tokens: 39, total_tokens: 77 },
  googleInteractions: { total_input_tokens: 54, total_output_tokens: 55, total_tokens: 109 },
} as const;

/** Embedding the mock returns for every input: exact in binary floating point, so base64 round-trips exactly. */
export const MOCK_EMBEDDING: readonly number[] = [0.125, 0.25, 0.5];
