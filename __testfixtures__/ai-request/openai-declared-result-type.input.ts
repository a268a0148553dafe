// A request whose result variable has a declared type: the span's callback keeps that type on the call's `const`,
// so an SDK whose result type is inferred from the context (a generic) sees the same context as before.
import OpenAI from "openai";

const client = new OpenAI();

export async function ask(question: string): Promise<string | null> {
  const completion: OpenAI.Chat.Completions.ChatCompletion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
  });
  return completion.choices[0]?.message.content ?? null;
}
