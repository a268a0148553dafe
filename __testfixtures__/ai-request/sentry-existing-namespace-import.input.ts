// Sentry import: the file already has `import * as Sentry from "@sentry/node"`; it is reused, not duplicated.
import * as Sentry from "@sentry/node";
import OpenAI from "openai";

const openai = new OpenAI();

export async function categorize(text: string) {
  try {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Categorize: ${text}` }],
    });
    return completion.choices[0].message.content;
  } catch (error) {
    Sentry.captureException(error);
    return null;
  }
}
