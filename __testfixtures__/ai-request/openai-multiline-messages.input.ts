// A messages literal over several lines is recorded where it is written, not copied into the span's attributes.
import OpenAI from "openai";

const client = new OpenAI();

export async function ask(question: string) {
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "You are helpful." },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}
