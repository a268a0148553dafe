// Position: `return await call(...)`.
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function critique(essay: string) {
  return await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1500,
    messages: [{ role: "user", content: `Critique this essay:\n${essay}` }],
  });
}
