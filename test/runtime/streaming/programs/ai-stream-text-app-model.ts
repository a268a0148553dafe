// Streaming program (uninstrumented): AI SDK streamText whose model an app function picks (as ai-chatbot's
// getArtifactModel() does), so the request does not name it: the span takes it from the finished stream.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { createOpenAI } from "@ai-sdk/openai";
import { streamText } from "ai";
import { chunkDelivered, runScenarios } from "../scenarios";

const openai = createOpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1` });

let configuredModel = "gpt-4o-mini";

function artifactModel() {
  return openai.chat(configuredModel);
}

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  configuredModel = model;
  const result = streamText({
    model: artifactModel(),
    prompt: question,
    maxRetries: 0,
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
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" });
}
