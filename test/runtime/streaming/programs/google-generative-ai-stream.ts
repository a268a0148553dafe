// Streaming program (uninstrumented): legacy @google/generative-ai generateContentStream, which resolves to
// `{ stream, response }`: one body teed into the chunks and a promise of their aggregate.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { GoogleGenerativeAI } from "@google/generative-ai";
import { chunkDelivered, runScenarios } from "../scenarios";

const genAI = new GoogleGenerativeAI("gemini-mock");

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const handle = genAI.getGenerativeModel({ model }, { baseUrl: process.env.MOCK_LLM_URL });
  const result = await handle.generateContentStream(question);
  // The aggregate rejects too when the body fails half way; this app reads the chunks and handles that there.
  result.response.catch(() => undefined);
  let text = "";
  let chunks = 0;
  for await (const chunk of result.stream) {
    chunkDelivered(model);
    chunks++;
    text += chunk.text();
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gemini-1.5-flash", earlyExit: "gemini-1.5-flash-early-exit" });
}
