// Vercel AI SDK: generateText with an @ai-sdk/openai provider model and a system prompt.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";

export async function writeTagline(product: string): Promise<string> {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write punchy marketing taglines.",
    prompt: `Write a tagline for ${product}.`,
    temperature: 0.9,
  });
  return text;
}
