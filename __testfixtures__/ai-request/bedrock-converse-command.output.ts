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
      },
    },
    async (span) => {
      const result = await bedrock.send(
        new ConverseCommand({
          modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0",
          system: sentryRecordInput(span, "gen_ai.system_instructions", [{ text: "Summarize incident reports for an on-call handover." }]),
          messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: [{ text: report }] }]),
          inferenceConfig: { maxTokens: 512, temperature: 0.3 },
        }),
      );
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

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput<T>(span: Sentry.Span, key: string, value: T): T {
  try {
    if (sentryRecordsAiContent("inputs")) {
      const recorded =
        typeof value === "string" && key !== "gen_ai.request.messages"
          ? value
          : toSpanJson(typeof value === "string" ? [{ role: "user", content: value }] : value);
      if (recorded !== undefined) span.setAttribute(key, recorded);
    }
  } catch {
    // Recording must not change what the app sends.
  }
  return value;
}
