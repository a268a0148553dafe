// Streaming program (uninstrumented): LangChain ChatOpenAI `.streamEvents(input, { version: "v2" })`, returned
// synchronously, read through a reader the app takes itself (`getReader()`), not `for await`.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { ChatOpenAI } from "@langchain/openai";
import { chunkDelivered, runScenarios } from "../scenarios";

const connection = { apiKey: "sk-mock", maxRetries: 0, configuration: { baseURL: `${process.env.MOCK_LLM_URL}/v1` } };

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const chat = new ChatOpenAI({ ...connection, model });
  const events = chat.streamEvents([{ role: "user", content: question }], { version: "v2" });
  const reader = events.getReader();
  let text = "";
  let chunks = 0;
  for (;;) {
    const { done, value: event } = await reader.read();
    if (done) break;
    if (event.event !== "on_chat_model_stream") continue;
    chunkDelivered(model);
    chunks++;
    text += typeof event.data.chunk?.content === "string" ? event.data.chunk.content : "";
    if (stopEarly && text) {
      await reader.cancel();
      break;
    }
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o", earlyExit: "gpt-4o-early-exit" });
}
