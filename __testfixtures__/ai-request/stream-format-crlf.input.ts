// Streaming with CRLF line endings: the span, the AI SDK callbacks and the helpers keep them.
import { openai } from "@ai-sdk/openai";
import { streamText } from "ai";

export function chat(prompt: string, log: (line: string) => void) {
  const onError = ({ error }: { error: unknown }) => log(`failed: ${String(error)}`);
  return streamText({
    model: openai("gpt-4.1"),
    // keep answers short
    maxOutputTokens: 200,
    prompt,
    onFinish: (event) => {
      log(`done: ${event.finishReason}`);
    },
    onError,
  });
}
