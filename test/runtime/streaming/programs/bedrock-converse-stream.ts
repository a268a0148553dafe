// Streaming program (uninstrumented): @aws-sdk/client-bedrock-runtime ConverseStreamCommand, whose events are the
// result's `stream` field (binary event-stream frames on the wire, over HTTP/2).
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { BedrockRuntimeClient, ConverseStreamCommand } from "@aws-sdk/client-bedrock-runtime";
import { chunkDelivered, runScenarios } from "../scenarios";

const bedrock = new BedrockRuntimeClient({
  region: "us-east-1",
  endpoint: process.env.MOCK_LLM_URL,
  credentials: { accessKeyId: "AKIAMOCK", secretAccessKey: "mock-secret" },
  maxAttempts: 1,
});

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const response = await bedrock.send(
    new ConverseStreamCommand({ modelId: model, messages: [{ role: "user", content: [{ text: question }] }] }),
  );
  let text = "";
  let chunks = 0;
  for await (const event of response.stream ?? []) {
    chunkDelivered(model);
    chunks++;
    text += event.contentBlockDelta?.delta?.text ?? "";
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, {
    complete: "anthropic.claude-3-haiku-20240307-v1:0",
    earlyExit: "anthropic.claude-3-haiku-20240307-v1:0-early-exit",
  });
}
