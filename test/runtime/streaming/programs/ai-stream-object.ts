// Streaming program (uninstrumented): AI SDK streamObject with a zod schema, partialObjectStream read with `for await`.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { createOpenAI } from "@ai-sdk/openai";
import { streamObject } from "ai";
import { z } from "zod";
import { chunkDelivered, runScenarios } from "../scenarios";

const openai = createOpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1` });

const Topic = z.object({ title: z.string() });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const result = streamObject({ model: openai.chat(model), schema: Topic, prompt: question, maxRetries: 0 });
  let text = "";
  let chunks = 0;
  for await (const partial of result.partialObjectStream) {
    chunkDelivered(model);
    chunks++;
    text = JSON.stringify(partial);
    if (stopEarly && partial.title) break;
  }
  if (!stopEarly) text = JSON.stringify(await result.object);
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o", earlyExit: "gpt-4o-early-exit" });
}
