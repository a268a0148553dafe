// Receiver: a function parameter typed Anthropic.
import Anthropic from "@anthropic-ai/sdk";

export async function proofread(client: Anthropic, text: string): Promise<string> {
  const message = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 2048,
    system: "Fix spelling and grammar. Return only the corrected text.",
    messages: [{ role: "user", content: text }],
  });
  const first = message.content[0];
  return first?.type === "text" ? first.text : text;
}
