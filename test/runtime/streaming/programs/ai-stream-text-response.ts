// Streaming program (uninstrumented): AI SDK streamText handed on as an HTTP response (toTextStreamResponse()),
// whose body the program reads as a client would.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { createOpenAI } from "@ai-sdk/openai";
import { streamText } from "ai";
import { chunkDelivered, runScenarios } from "../scenarios";

const openai = createOpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1` });

function answer(model: string, question: string): Response {
  const result = streamText({ model: openai.chat(model), prompt: question, maxRetries: 0 });
  return result.toTextStreamResponse();
}

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const response = answer(model, question);
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  for await (const bytes of response.body ?? []) {
    chunkDelivered(model);
    chunks++;
    text += decoder.decode(bytes, { stream: true });
    if (stopEarly && text) break;
  }
  if (!stopEarly && !text.endsWith("streams")) throw new Error(`incomplete answer: ${text}`);
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" });
}
