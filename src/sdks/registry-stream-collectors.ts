/**
 * The SDK folders whose `stream-collectors.ts` holds chunk collectors for `endSpanWithStream` (a
 * `streamSpan: { endsWith: "chunks", collector }` names one of them). Their text is copied into the files
 * that use them, after the span plumbing of src/engine/javascript/streaming/runtime-helpers.ts, in this
 * order (test/runtime/streaming/helper-source.ts generates stream-helpers.generated.ts from them). Adding
 * an SDK's stream: its `src/sdks/<sdk>/stream-collectors.ts` and one line here, at the end.
 */
export const STREAM_COLLECTOR_SDKS: readonly string[] = [
  "openai",
  "anthropic",
  "google-genai",
  "mistral",
  "ollama",
  "cohere",
  "langchain",
  "bedrock",
];
