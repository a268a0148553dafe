// Streaming: Bedrock, the ConverseStreamCommand built into a variable first, then passed to client.send(command).
import { BedrockRuntimeClient, ConverseStreamCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });

export async function streamSummary(document: string) {
  const command = new ConverseStreamCommand({
    modelId: "amazon.nova-lite-v1:0",
    system: [{ text: "Summarise the document in one paragraph." }],
    messages: [{ role: "user", content: [{ text: document }] }],
  });
  const response = await client.send(command);
  const parts: string[] = [];
  for await (const event of response.stream!) {
    if (event.contentBlockDelta?.delta?.text) parts.push(event.contentBlockDelta.delta.text);
    if (event.messageStop) break;
  }
  return parts.join("");
}
