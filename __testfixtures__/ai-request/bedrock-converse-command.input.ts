// Bedrock: client.send(new ConverseCommand({...})) with the command built inline.
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";

const bedrock = new BedrockRuntimeClient({ region: "us-east-1" });

export async function summarizeIncident(report: string) {
  const response = await bedrock.send(
    new ConverseCommand({
      modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0",
      system: [{ text: "Summarize incident reports for an on-call handover." }],
      messages: [{ role: "user", content: [{ text: report }] }],
      inferenceConfig: { maxTokens: 512, temperature: 0.3 },
    }),
  );
  return response.output?.message?.content?.[0]?.text ?? "";
}
