// Streaming program (uninstrumented): openai's helper stream chat.completions.stream(), iterated chunk by chunk.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import OpenAI from "openai";
import { chunkDelivered, runScenarios } from "../scenarios";

const openai = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const stream = openai.chat.completions.stream({
    model,
    messages: [{ role: "user", content: question }],
    stream_options: { include_usage: true },
  });
  let text = "";
  let chunks = 0;
  for await (const chunk of stream) {
    chunkDelivered(model);
    chunks++;
    text += chunk.choices[0]?.delta?.content ?? "";
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o", earlyExit: "gpt-4o-early-exit" });
}
