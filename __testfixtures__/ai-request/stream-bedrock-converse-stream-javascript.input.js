// Streaming in JavaScript: Bedrock ConverseStreamCommand; the helpers are added without their types.
import { BedrockRuntimeClient, ConverseStreamCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "eu-west-1" });

export async function printReply(question) {
  const { stream } = await client.send(
    new ConverseStreamCommand({ modelId: "amazon.nova-micro-v1:0", messages: [{ role: "user", content: [{ text: question }] }] }),
  );
  for await (const event of stream) process.stdout.write(event.contentBlockDelta?.delta?.text ?? "");
}
