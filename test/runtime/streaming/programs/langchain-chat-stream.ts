// Streaming program (uninstrumented): LangChain ChatOpenAI `.stream()`, an IterableReadableStream of AIMessageChunks
// (ChatOpenAI asks for the usage chunk itself). Conventions: see ../../programs/openai-chat.ts; the scenarios
// (whole, early exit, failure) are in ../scenarios.ts.
import { ChatOpenAI } from "@langchain/openai";
import { chunkDelivered, runScenarios } from "../scenarios";

const connection = { apiKey: "sk-mock", maxRetries: 0, configuration: { baseURL: `${process.env.MOCK_LLM_URL}/v1` } };

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const chat = new ChatOpenAI({ ...connection, model });
  const stream = await chat.stream([{ role: "user", content: question }]);
  if (!(stream instanceof ReadableStream) || typeof stream.getReader !== "function") throw new Error("not a ReadableStream");
  let text = "";
  let chunks = 0;
  for await (const chunk of stream) {
    chunkDelivered(model);
    chunks++;
    text += chunk.text;
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" });
}
