// Streaming: Anthropic messages.create with stream: true, the raw event stream.
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function streamHaiku(topic: string) {
  const stream = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 256,
    system: "You write haiku.",
    messages: [{ role: "user", content: topic }],
    stream: true,
  });
  let text = "";
  for await (const event of stream) {
    if (event.type === "content_block_delta" && event.delta.type === "text_delta") text += event.delta.text;
  }
  return text;
}
