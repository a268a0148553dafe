// Receiver: exported module-level singleton with a non-SDK-looking name (llm).
import OpenAI from "openai";

export const llm = new OpenAI({ organization: process.env.OPENAI_ORG_ID });

export async function rewriteForTone(text: string, tone: "formal" | "casual") {
  const completion = await llm.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: `Rewrite in a ${tone} tone:\n${text}` }],
  });
  return completion.choices[0].message.content;
}
