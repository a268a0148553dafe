// Streaming program (uninstrumented): openai's helper stream responses.stream(), iterated event by event.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import OpenAI from "openai";
import { chunkDelivered, runScenarios } from "../scenarios";

const client = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const stream = client.responses.stream({ model, input: question });
  let text = "";
  let chunks = 0;
  for await (const event of stream) {
    chunkDelivered(model);
    chunks++;
    if (event.type === "response.output_text.delta") text += event.delta;
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4.1", earlyExit: "gpt-4.1-early-exit" });
}
