// Bedrock: the ConverseCommand is built into a variable first, then passed to client.send(command).
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: process.env.AWS_REGION ?? "us-west-2" });

export async function generateProductDescription(name: string, features: string[]) {
  const command = new ConverseCommand({
    modelId: "amazon.nova-lite-v1:0",
    messages: [
      {
        role: "user",
        content: [{ text: `Write a product description for ${name}. Features: ${features.join(", ")}` }],
      },
    ],
    inferenceConfig: { maxTokens: 400 },
  });
  const response = await client.send(command);
  return response.output?.message?.content?.[0]?.text ?? "";
}
