// Bedrock: the ConverseCommand is built into a variable first, then passed to client.send(command).
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";
import * as Sentry from "@sentry/node";

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
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat amazon.nova-lite-v1:0",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "aws.bedrock",
        "gen_ai.request.model": "amazon.nova-lite-v1:0",
        "gen_ai.request.messages": sentryRecordsAiContent("inputs") ? toSpanJson(command.input?.messages) : undefined,
        "gen_ai.system_instructions": sentryRecordsAiContent("inputs") ? toSpanJson(command.input?.system) : undefined,
        "gen_ai.request.available_tools": toSpanJson(command.input?.toolConfig?.tools),
      },
    },
    async (span) => {
      const result = await client.send(command);
      span.setAttributes({
        "gen_ai.response.id": result?.$metadata?.requestId,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(result?.output?.message?.content?.flatMap((block) => (block.text ? [block?.text] : []))) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(result?.output?.message?.content?.flatMap((block) => (block.toolUse ? [block?.toolUse] : []))) : undefined,
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

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind: "inputs" | "outputs"): boolean {
  // SDK 11 has dataCollection and no sendDefaultPii; older SDKs may have no dataCollection.
  const options: { sendDefaultPii?: boolean; dataCollection?: { genAI?: { inputs?: boolean; outputs?: boolean } } } | undefined =
    Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
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
