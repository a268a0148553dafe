// Streaming: AI SDK streamText whose options already have callbacks (and a comment): each stays, called by the
// span's own callback with the same event; the missing onAbort is added after the last option.
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
