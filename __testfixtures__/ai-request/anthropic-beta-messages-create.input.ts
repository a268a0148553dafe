// Anthropic: beta.messages.create with a betas flag.
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function analyzeLongContract(contract: string) {
  const message = await anthropic.beta.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 4096,
    betas: ["context-1m-2025-08-07"],
    messages: [{ role: "user", content: `List the termination clauses in this contract:\n\n${contract}` }],
  });
  return message.content;
}
