// Formatting: CRLF line endings must be kept on every line, including inserted ones.
import OpenAI from "openai";

const openai = new OpenAI();

export async function fixGrammar(sentence: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Fix the grammar: ${sentence}` }],
  });
  return completion.choices[0].message.content;
}
