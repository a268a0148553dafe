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
        "gen_ai.request.messages": sentryRecordsAiContent("inputs") ? toSpanJson([{ role: "user", content: question }]) : undefined,
      },
    },
    async (span) => {
      const result = await llm.chat({ messages: [{ role: "user", content: question }] });
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
