// Streaming program (uninstrumented): Anthropic's messages.create({ stream: true }), the raw event stream.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import Anthropic from "@anthropic-ai/sdk";
import { chunkDelivered, runScenarios } from "../scenarios";

const anthropic = new Anthropic({ apiKey: "sk-ant-mock", baseURL: process.env.MOCK_LLM_URL, maxRetries: 0 });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const stream = await anthropic.messages.create({
    model,
    max_tokens: 256,
    messages: [{ role: "user", content: question }],
    stream: true,
  });
  let text = "";
  let chunks = 0;
  for await (const event of stream) {
    chunkDelivered(model);
    chunks++;
    if (event.type === "content_block_delta" && event.delta.type === "text_delta") text += event.delta.text;
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "claude-haiku-4-5", earlyExit: "claude-haiku-4-5-early-exit" });
}
