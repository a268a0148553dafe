// Streaming program (uninstrumented): ollama chat({ stream: true }), an AbortableAsyncIterator of NDJSON chunks.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { Ollama } from "ollama";
import { chunkDelivered, runScenarios } from "../scenarios";

const ollama = new Ollama({ host: process.env.MOCK_LLM_URL });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const stream = await ollama.chat({ model, messages: [{ role: "user", content: question }], stream: true });
  let text = "";
  let chunks = 0;
  for await (const chunk of stream) {
    chunkDelivered(model);
    chunks++;
    text += chunk.message.content;
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "llama3.1", earlyExit: "llama3.1-early-exit" });
}
