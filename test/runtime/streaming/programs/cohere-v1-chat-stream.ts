// Streaming program (uninstrumented): cohere-ai v1 CohereClient chatStream, a Stream of events read from
// newline-delimited JSON (stream-start, text-generation, stream-end). Conventions: see ../../programs/openai-chat.ts;
// the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { CohereClient } from "cohere-ai";
import { chunkDelivered, runScenarios } from "../scenarios";

const cohere = new CohereClient({ token: "cohere-mock", environment: process.env.MOCK_LLM_URL, maxRetries: 0 });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const stream = await cohere.chatStream({ model, message: question });
  let text = "";
  let chunks = 0;
  for await (const event of stream) {
    chunkDelivered(model);
    chunks++;
    if (event.eventType === "text-generation") text += event.text;
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "command-r-plus", earlyExit: "command-r-plus-early-exit" });
}
