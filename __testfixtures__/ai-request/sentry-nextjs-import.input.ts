// Sentry import: the file imports `* as Sentry from "@sentry/nextjs"`; that import is reused (no @sentry/node added).
import * as Sentry from "@sentry/nextjs";
import OpenAI from "openai";

const openai = new OpenAI();

export async function POST(request: Request) {
  const { prompt } = (await request.json()) as { prompt: string };
  Sentry.setTag("feature", "ask");
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: prompt }],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}
