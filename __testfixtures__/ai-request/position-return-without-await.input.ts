// Position: `return call(...)` without await from a non-async function (the promise is returned as is).
import OpenAI from "openai";

const openai = new OpenAI();

export function requestSummary(text: string): Promise<OpenAI.Chat.Completions.ChatCompletion> {
  return openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Summarize:\n${text}` }],
  });
}
