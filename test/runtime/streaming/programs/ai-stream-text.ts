// Streaming program (uninstrumented): AI SDK streamText, textStream read with `for await`, with an app
// onFinish callback of its own (the instrumented version must still call it, with the same event).
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { createOpenAI } from "@ai-sdk/openai";
import { streamText } from "ai";
import { chunkDelivered, runScenarios } from "../scenarios";

const openai = createOpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1` });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const finished: string[] = [];
  const result = streamText({
    model: openai.chat(model),
    prompt: question,
    maxRetries: 0,
    onFinish: ({ finishReason, text }) => {
      finished.push(`${finishReason}: ${text}`);
    },
  });
  let text = "";
  let chunks = 0;
  for await (const delta of result.textStream) {
    chunkDelivered(model);
    chunks++;
    text += delta;
    if (stopEarly && text) break;
  }
  // textStream leaves a failed stream's error out; the result's promises carry it.
  if (!stopEarly) await result.finishReason;
  return { text, chunks, finished };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" });
}
