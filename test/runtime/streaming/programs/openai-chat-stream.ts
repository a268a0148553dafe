// Streaming program (uninstrumented): openai chat.completions.create({ stream: true }) without `stream_options`: the stream carries no token counts.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import OpenAI from "openai";
import { chunkDelivered, runScenarios } from "../scenarios";

const openai = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const stream = await openai.chat.completions.create({
    model,
    messages: [{ role: "user", content: question }],
    stream: true,
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
  return runScenarios(streamAnswer, { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" });
}
