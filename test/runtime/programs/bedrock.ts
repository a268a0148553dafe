// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";

const bedrock = new BedrockRuntimeClient({
  region: "us-east-1",
  endpoint: process.env.MOCK_LLM_URL,
  credentials: { accessKeyId: "AKIAMOCK", secretAccessKey: "mock-secret" },
  maxAttempts: 1,
});

export async function main(_baseUrl: string) {
  const response = await bedrock.send(
    new ConverseCommand({
      modelId: "anthropic.claude-3-haiku-20240307-v1:0",
      system: [{ text: "Answer in one word." }],
      messages: [{ role: "user", content: [{ text: "Best color?" }] }],
      inferenceConfig: { maxTokens: 50, temperature: 0.3 },
    }),
  );
  let error: string;
  try {
    await bedrock.send(
      new ConverseCommand({ modelId: "error-model", messages: [{ role: "user", content: [{ text: "fail" }] }] }),
    );
    error = "no error";
  } catch (caught) {
    error = caught instanceof Error ? caught.name : String(caught);
  }
  return {
    text: response.output?.message?.content?.[0]?.text,
    stopReason: response.stopReason,
    usage: response.usage,
    requestId: response.$metadata.requestId,
    error,
  };
}
