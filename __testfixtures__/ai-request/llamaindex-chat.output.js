// LlamaIndex in plain JavaScript: the provider's `raw` fields are read as they are.
import { OpenAI } from "@llamaindex/openai";
import * as Sentry from "@sentry/node";

const llm = new OpenAI({ model: "gpt-4o-mini" });

export async function ask(question) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o-mini",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
      },
    },
    async (span) => {
      const result = await llm.chat({ messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]) });
      span.setAttributes({
        "gen_ai.response.model": result?.raw?.model,
        "gen_ai.response.id": result?.raw?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.message?.content]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(result?.message?.options?.toolCall) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson(result?.raw?.choices?.map((choice) => choice?.finish_reason)),
        "gen_ai.usage.input_tokens": result?.raw?.usage?.prompt_tokens,
        "gen_ai.usage.output_tokens": result?.raw?.usage?.completion_tokens,
        "gen_ai.usage.total_tokens": result?.raw?.usage?.total_tokens,
      });
      return result;
    },
  );
  return response.message.content;
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind) {
  const options = Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value) {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput(span, key, value) {
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
