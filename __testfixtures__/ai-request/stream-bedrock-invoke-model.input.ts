// Bedrock InvokeModelWithResponseStreamCommand: the chunks (the result's `body`) are each one event of the invoked
// model's own JSON format (bytes); the collector reads the families' text and Bedrock's invocation metrics.
import { BedrockRuntimeClient, InvokeModelWithResponseStreamCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });

export async function invokeStream(prompt: string) {
  const response = await client.send(
    new InvokeModelWithResponseStreamCommand({
      modelId: "anthropic.claude-3-haiku-20240307-v1:0",
      body: JSON.stringify({ anthropic_version: "bedrock-2023-05-31", max_tokens: 256, messages: [{ role: "user", content: prompt }] }),
    }),
  );
  const decoder = new TextDecoder();
  let text = "";
  for await (const event of response.body ?? []) if (event.chunk?.bytes) text += decoder.decode(event.chunk.bytes);
  return text;
}
