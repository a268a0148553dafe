// Vercel AI SDK: generateText with an @ai-sdk/openai provider model and a system prompt.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import * as Sentry from "@sentry/node";

export async function writeTagline(product: string): Promise<string> {
  const { text } = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o-mini",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.temperature": 0.9,
      },
    },
    async (span) => {
      const response = await generateText({
        model: openai("gpt-4o-mini"),
        system: sentryRecordInput(span, "gen_ai.system_instructions", "You write punchy marketing taglines."),
        prompt: sentryRecordInput(span, "gen_ai.request.messages", `Write a tagline for ${product}.`),
        temperature: 0.9,
      });
      span.setAttributes({
        "gen_ai.response.model": response?.response?.modelId,
        "gen_ai.response.id": response?.response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.toolCalls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.finishReason]),
        "gen_ai.usage.input_tokens": response?.totalUsage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.totalUsage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.totalUsage?.totalTokens,
      });
      return response;
    },
  );
  return text;
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
