// Anthropic: beta.messages.create with a betas flag.
import Anthropic from "@anthropic-ai/sdk";
import * as Sentry from "@sentry/node";

const anthropic = new Anthropic();

export async function analyzeLongContract(contract: string) {
  const message = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat claude-sonnet-4-5",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "anthropic",
        "gen_ai.request.model": "claude-sonnet-4-5",
        "gen_ai.request.max_tokens": 4096,
      },
    },
    async (span) => {
      const response = await anthropic.beta.messages.create({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        betas: ["context-1m-2025-08-07"],
        messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: `List the termination clauses in this contract:\n\n${contract}` }]),
      });
      span.setAttributes({
        "gen_ai.response.model": response?.model,
        "gen_ai.response.id": response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(response?.content?.flatMap((block) => (block.type === "text" ? [block?.text] : []))) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.content?.flatMap((block) => (block.type === "tool_use" ? [block] : []))) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.stop_reason]),
        "gen_ai.usage.input_tokens": response?.usage?.input_tokens == null ? undefined : response?.usage?.input_tokens + (response?.usage?.cache_read_input_tokens ?? 0) + (response?.usage?.cache_creation_input_tokens ?? 0),
        "gen_ai.usage.output_tokens": response?.usage?.output_tokens,
        "gen_ai.usage.total_tokens": response?.usage?.input_tokens == null ? undefined : response?.usage?.input_tokens + (response?.usage?.cache_read_input_tokens ?? 0) + (response?.usage?.cache_creation_input_tokens ?? 0) + (response?.usage?.output_tokens ?? 0),
      });
      return response;
    },
  );
  return message.content;
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
