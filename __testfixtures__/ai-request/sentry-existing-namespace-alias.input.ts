// Sentry import: an existing namespace import under another name (SentryNode) is reused under that name.
import * as SentryNode from "@sentry/node";
import OpenAI from "openai";

const openai = new OpenAI();

export async function pickEmoji(message: string) {
  SentryNode.addBreadcrumb({ category: "emoji", message: "picking emoji" });
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `One emoji for: ${message}` }],
  });
  return completion.choices[0].message.content;
}
