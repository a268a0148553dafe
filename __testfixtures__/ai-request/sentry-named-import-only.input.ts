// Sentry import: only named imports from @sentry/node exist; a namespace import is still needed for startSpan.
import { captureException } from "@sentry/node";
import OpenAI from "openai";

const openai = new OpenAI();

export async function extractKeywords(text: string) {
  try {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Five keywords for: ${text}` }],
    });
    return completion.choices[0].message.content;
  } catch (error) {
    captureException(error);
    return null;
  }
}
