// Streaming program (uninstrumented): @google/genai models.generateContentStream, an async generator of partial responses.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { GoogleGenAI } from "@google/genai";
import { chunkDelivered, runScenarios } from "../scenarios";

const ai = new GoogleGenAI({ apiKey: "gemini-mock", httpOptions: { baseUrl: process.env.MOCK_LLM_URL } });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const response = await ai.models.generateContentStream({ model, contents: question });
  let text = "";
  let chunks = 0;
  for await (const chunk of response) {
    chunkDelivered(model);
    chunks++;
    text += chunk.text ?? "";
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gemini-2.5-flash", earlyExit: "gemini-2.5-flash-early-exit" });
}
