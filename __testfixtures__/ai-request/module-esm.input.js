// Module style: plain JavaScript ESM (.js with import/export); the added Sentry import must be an import.
import OpenAI from "openai";

const openai = new OpenAI();

export async function moderateComment(comment) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Answer ALLOW or BLOCK for this forum comment." },
      { role: "user", content: comment },
    ],
  });
  return completion.choices[0].message.content === "ALLOW";
}
