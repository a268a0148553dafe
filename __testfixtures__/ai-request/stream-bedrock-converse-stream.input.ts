// Streaming: Bedrock `client.send(new ConverseStreamCommand(...))`; the events are the result's `stream` field.
import { BedrockRuntimeClient, ConverseStreamCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });

export async function streamReply(question: string) {
  const response = await client.send(
    new ConverseStreamCommand({
      modelId: "anthropic.claude-3-haiku-20240307-v1:0",
      messages: [{ role: "user", content: [{ text: question }] }],
      inferenceConfig: { maxTokens: 256, temperature: 0.3 },
    }),
  );
  let text = "";
  for await (const event of response.stream ?? []) {
    text += event.contentBlockDelta?.delta?.text ?? "";
  }
  return { text, requestId: response.$metadata.requestId };
}
