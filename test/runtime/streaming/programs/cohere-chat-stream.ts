// Streaming program (uninstrumented): cohere-ai CohereClientV2 chatStream, a Stream of typed events.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { CohereClientV2 } from "cohere-ai";
import { chunkDelivered, runScenarios } from "../scenarios";

const cohere = new CohereClientV2({ token: "cohere-mock", environment: process.env.MOCK_LLM_URL, maxRetries: 0 });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const stream = await cohere.chatStream({ model, messages: [{ role: "user", content: question }] });
  let text = "";
  let chunks = 0;
  for await (const event of stream) {
    chunkDelivered(model);
    chunks++;
    if (event.type === "content-delta") text += event.delta?.message?.content?.text ?? "";
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "command-a-03-2025", earlyExit: "command-a-03-2025-early-exit" });
}
