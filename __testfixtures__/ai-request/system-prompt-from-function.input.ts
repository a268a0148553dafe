// A system prompt built by a function typed `string` is recorded as it is (not JSON-quoted); a block list is JSON.
import Anthropic from "@anthropic-ai/sdk";
import type { TextBlockParam } from "@anthropic-ai/sdk/resources/messages";

const anthropic = new Anthropic();

function systemPrompt(user: string): string {
  return `You help ${user} plan trips.`;
}

function systemBlocks(): TextBlockParam[] {
  return [{ type: "text", text: "Answer in one sentence." }];
}

export async function plan(user: string, question: string) {
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 512,
    system: systemPrompt(user),
    messages: [{ role: "user", content: question }],
  });
  return message.content;
}

export async function brief(question: string) {
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 512,
    system: systemBlocks(),
    messages: [{ role: "user", content: question }],
  });
  return message.content;
}
