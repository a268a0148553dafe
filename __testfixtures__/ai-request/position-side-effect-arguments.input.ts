// Position: arguments with side effects (model: pickModel(), messages: buildMessages()) must be evaluated exactly once.
import OpenAI from "openai";

const openai = new OpenAI();
let requestCount = 0;

function pickModel(tier: "free" | "pro"): string {
  requestCount++;
  return tier === "pro" ? "gpt-4o" : "gpt-4o-mini";
}

function buildMessages(question: string): OpenAI.Chat.Completions.ChatCompletionMessageParam[] {
  return [
    { role: "system", content: `You are assistant #${requestCount}.` },
    { role: "user", content: question },
  ];
}

export async function ask(question: string, tier: "free" | "pro", limits: { maxTokens: number }) {
  const completion = await openai.chat.completions.create({
    model: pickModel(tier),
    messages: buildMessages(question),
    max_tokens: limits.maxTokens,
  });
  return completion.choices[0].message.content;
}
