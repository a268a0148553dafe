// Position: the call is one branch of a conditional (ternary) expression.
import OpenAI from "openai";

const openai = new OpenAI();
const cache = new Map<string, OpenAI.Chat.Completions.ChatCompletion>();

export async function cachedAnswer(question: string) {
  const cached = cache.get(question);
  const completion = cached
    ? cached
    : await openai.chat.completions.create({
        model: "gpt-4o-mini",
        messages: [{ role: "user", content: question }],
      });
  cache.set(question, completion);
  return completion.choices[0].message.content;
}
