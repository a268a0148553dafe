// Formatting: the file starts with a UTF-8 BOM, which must be kept (and the Sentry import goes after it).
import OpenAI from "openai";

const openai = new OpenAI();

export async function translateLabel(label: string, locale: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Translate the UI label "${label}" to ${locale}.` }],
  });
  return completion.choices[0].message.content;
}
