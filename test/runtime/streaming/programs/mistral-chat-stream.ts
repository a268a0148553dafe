// Streaming program (uninstrumented): @mistralai/mistralai chat.stream, an event stream of `{ data: chunk }`.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { Mistral } from "@mistralai/mistralai";
import { chunkDelivered, runScenarios } from "../scenarios";

const mistral = new Mistral({ apiKey: "mistral-mock", serverURL: process.env.MOCK_LLM_URL });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const result = await mistral.chat.stream({ model, messages: [{ role: "user", content: question }] });
  let text = "";
  let chunks = 0;
  for await (const event of result) {
    chunkDelivered(model);
    chunks++;
    const content = event.data.choices[0]?.delta.content;
    if (typeof content === "string") text += content;
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "mistral-small-latest", earlyExit: "mistral-small-latest-early-exit" });
}
