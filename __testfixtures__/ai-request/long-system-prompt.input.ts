// A long system prompt template and messages built by a call are recorded where they are written, not copied.
// The model, picked by a call after them, stays in place (hoisting it would run it first): the response names it.
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

function buildMessages(question: string): Anthropic.MessageParam[] {
  return [{ role: "user", content: question }];
}

function pickModel(): string {
  return process.env.SUPPORT_MODEL ?? "claude-3-5-haiku-latest";
}

export async function support(product: string, question: string) {
  const message = await anthropic.messages.create({
    messages: buildMessages(question),
    model: pickModel(),
    max_tokens: 1024,
    system: `You are the support assistant for ${product}.

Answer in two or three sentences.
Never promise refunds; point to the billing page instead.
If the question is not about ${product}, say so politely.`,
  });
  return message.content;
}
