// OpenAI: AzureOpenAI client (gen_ai.system must be azure, not openai).
import { AzureOpenAI } from "openai";

const client = new AzureOpenAI({
  endpoint: process.env.AZURE_OPENAI_ENDPOINT,
  apiKey: process.env.AZURE_OPENAI_API_KEY,
  apiVersion: "2024-10-21",
  deployment: "support-gpt-4o",
});

export async function classifyIntent(utterance: string) {
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "Classify the intent as one of: refund, shipping, other." },
      { role: "user", content: utterance },
    ],
  });
  return completion.choices[0].message.content;
}
