// Vercel AI SDK v6: new ToolLoopAgent({ id, model }).generate({ prompt }) -> invoke_agent named by `id`.
import { openai } from "@ai-sdk/openai";
import { ToolLoopAgent } from "ai";
import * as Sentry from "@sentry/node";

const supportAgent = new ToolLoopAgent({
  id: "support-agent",
  model: openai("gpt-4o"),
  instructions: "You are a helpful support agent.",
});

export async function answer(question: string): Promise<string> {
  const { text } = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent support-agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "support-agent",
        "gen_ai.request.model": "gpt-4o",
      },
    },
    async (span) => {
      const response = await supportAgent.generate({ prompt: sentryRecordInput(span, "gen_ai.request.messages", `Customer asks: ${question}`) });
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
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
