// Streaming program (uninstrumented): @aws-sdk/client-bedrock-runtime InvokeModelWithResponseStreamCommand for an
// Anthropic model, whose chunks are the result's `body` field, each `chunk.bytes` one event of the model's own format.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { BedrockRuntimeClient, InvokeModelWithResponseStreamCommand } from "@aws-sdk/client-bedrock-runtime";
import { chunkDelivered, runScenarios } from "../scenarios";

const bedrock = new BedrockRuntimeClient({
  region: "us-east-1",
  endpoint: process.env.MOCK_LLM_URL,
  credentials: { accessKeyId: "AKIAMOCK", secretAccessKey: "mock-secret" },
  maxAttempts: 1,
});
const decoder = new TextDecoder();

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const response = await bedrock.send(
    new InvokeModelWithResponseStreamCommand({
      modelId: model,
      contentType: "application/json",
      body: JSON.stringify({
        anthropic_version: "bedrock-2023-05-31",
        max_tokens: 256,
        messages: [{ role: "user", content: question }],
      }),
    }),
  );
  let text = "";
  let chunks = 0;
  for await (const event of response.body ?? []) {
    chunkDelivered(model);
    chunks++;
    const body = JSON.parse(decoder.decode(event.chunk?.bytes)) as { delta?: { text?: string } };
    text += body.delta?.text ?? "";
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
