// Streaming: Anthropic messages.stream(...) with .on("text") and finalMessage(): the span ends with the SDK's `end` event.
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function streamPoem(subject: string, write: (text: string) => void) {
  const stream = anthropic.messages.stream({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    messages: [{ role: "user", content: `Write a short poem about ${subject}.` }],
  });
  stream.on("text", (text) => write(text));
  const message = await stream.finalMessage();
  return message.usage.output_tokens;
}
