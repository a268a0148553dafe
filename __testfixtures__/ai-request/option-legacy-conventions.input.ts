// Option: --conventions legacy gives the older docs' op gen_ai.request and name "request <model>".
import OpenAI from "openai";

const openai = new OpenAI();

export async function answerQuestion(question: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You answer questions about our billing plans." },
      { role: "user", content: question },
    ],
    temperature: 0.2,
    max_tokens: 300,
  });
  return completion.choices[0].message.content ?? "";
}
