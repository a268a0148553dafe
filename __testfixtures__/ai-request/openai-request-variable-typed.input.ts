// OpenAI: the request is a variable. Only the fields its type has are read for the span (no `tools` here).
import OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";

const openai = new OpenAI();

export async function classify(ticket: string) {
  const params = {
    model: "gpt-4o-mini",
    messages: [{ role: "user" as const, content: ticket }],
    temperature: 0,
  } satisfies ChatCompletionCreateParamsNonStreaming;
  const completion = await openai.chat.completions.create(params);
  return completion.choices[0]?.message.content;
}

export async function complete(params: ChatCompletionCreateParamsNonStreaming) {
  return openai.chat.completions.create(params);
}
