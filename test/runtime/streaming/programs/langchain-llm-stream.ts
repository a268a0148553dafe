// Streaming program (uninstrumented): a LangChain text-completion LLM (`OpenAI` of @langchain/openai, the BaseLLM
// family) `.stream()`, an IterableReadableStream of strings. Conventions: see ../../programs/openai-chat.ts; the
// scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { OpenAI } from "@langchain/openai";
import { chunkDelivered, runScenarios } from "../scenarios";

const connection = { apiKey: "sk-mock", maxRetries: 0, configuration: { baseURL: `${process.env.MOCK_LLM_URL}/v1` } };

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const llm = new OpenAI({ ...connection, model });
  const stream = await llm.stream(question);
  let text = "";
  let chunks = 0;
  for await (const piece of stream) {
    chunkDelivered(model);
    chunks++;
    text += piece;
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, {
    complete: "gpt-3.5-turbo-instruct",
    earlyExit: "gpt-3.5-turbo-instruct-early-exit",
  });
}
