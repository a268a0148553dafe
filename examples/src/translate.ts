import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

/** Translates an agent's reply into the customer's language before it is sent. */
export async function translateReply(reply: string, language: string): Promise<string> {
  if (language.toLowerCase().startsWith("en")) return reply;

  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    prompt: `Translate this customer support reply into ${language}. Keep the tone and formatting.\n\n${reply}`,
  });
  return text;
}
