// Cohere: CohereClientV2.chat with system + user messages.
import { CohereClientV2 } from "cohere-ai";
import * as Sentry from "@sentry/node";

const cohere = new CohereClientV2({ token: process.env.CO_API_KEY });

export async function draftFaqAnswer(question: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat command-a-03-2025",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "cohere",
        "gen_ai.request.model": "command-a-03-2025",
      },
    },
    async (span) => {
      const result = await cohere.chat({
        model: "command-a-03-2025",
        messages: sentryRecordInput(span, "gen_ai.request.messages", [
          { role: "system", content: "Answer in two sentences using our FAQ tone." },
          { role: "user", content: question },
        ]),
      });
      span.setAttributes({
        "gen_ai.response.id": result?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(result?.message?.content?.flatMap((block) => (block.type === "text" ? [block?.text] : []))) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(result?.message?.toolCalls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([result?.finishReason]),
        "gen_ai.usage.input_tokens": result?.usage?.tokens?.inputTokens,
        "gen_ai.usage.output_tokens": result?.usage?.tokens?.outputTokens,
        "gen_ai.usage.total_tokens": result?.usage?.tokens?.inputTokens == null ? undefined : result?.usage?.tokens?.inputTokens + (result?.usage?.tokens?.outputTokens ?? 0),
      });
      return result;
    },
  );
  return response.message.content;
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
