// Bedrock: client.send(new ConverseCommand({...})) with the command built inline.
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";
import * as Sentry from "@sentry/node";

const bedrock = new BedrockRuntimeClient({ region: "us-east-1" });

export async function summarizeIncident(report: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat anthropic.claude-3-5-sonnet-20240620-v1:0",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "aws.bedrock",
        "gen_ai.request.model": "anthropic.claude-3-5-sonnet-20240620-v1:0",
        "gen_ai.request.max_tokens": 512,
        "gen_ai.request.temperature": 0.3,
        "gen_ai.request.messages": toSpanJson([{ role: "user", content: [{ text: report }] }]),
        "gen_ai.system_instructions": toSpanJson([{ text: "Summarize incident reports for an on-call handover." }]),
      },
    },
    async (span) => {
      const result = await bedrock.send(
        new ConverseCommand({
          modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0",
          system: [{ text: "Summarize incident reports for an on-call handover." }],
          messages: [{ role: "user", content: [{ text: report }] }],
          inferenceConfig: { maxTokens: 512, temperature: 0.3 },
        }),
      );
      span.setAttributes({
        "gen_ai.response.id": result?.$metadata?.requestId,
        "gen_ai.response.text": toSpanJson(result?.output?.message?.content?.flatMap((block) => (block.text ? [block?.text] : []))),
        "gen_ai.response.tool_calls": toSpanJson(result?.output?.message?.content?.flatMap((block) => (block.toolUse ? [block?.toolUse] : []))),
        "gen_ai.response.finish_reasons": toSpanJson([result?.stopReason]),
        "gen_ai.usage.input_tokens": result?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": result?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": result?.usage?.totalTokens,
      });
      return result;
    },
  );
  return response.output?.message?.content?.[0]?.text ?? "";
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
