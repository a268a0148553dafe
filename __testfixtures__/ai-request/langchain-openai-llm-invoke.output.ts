// LangChain text-completion LLM (`OpenAI` from @langchain/openai is not a chat model): invoke and batch take
// prompts and resolve to completion strings, so the spans are text_completion ones.
import { OpenAI } from "@langchain/openai";
import * as Sentry from "@sentry/node";

const llm = new OpenAI({ model: "gpt-3.5-turbo-instruct", temperature: 0 });

export async function complete(prompt: string) {
  const text = await Sentry.startSpan(
    {
      op: "gen_ai.text_completion",
      name: "text_completion gpt-3.5-turbo-instruct",
      attributes: {
        "gen_ai.operation.name": "text_completion",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-3.5-turbo-instruct",
      },
    },
    async (span) => {
      const response = await llm.invoke(sentryRecordInput(span, "gen_ai.request.messages", prompt));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
  return text.trim();
}

export async function completeAll(prompts: string[]) {
  return Sentry.startSpan(
    {
      op: "gen_ai.text_completion",
      name: "text_completion gpt-3.5-turbo-instruct",
      attributes: {
        "gen_ai.operation.name": "text_completion",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-3.5-turbo-instruct",
      },
    },
    async (span) => {
      const response = await llm.batch(sentryRecordInput(span, "gen_ai.request.messages", prompts));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(response) : undefined,
      });
      return response;
    },
  );
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
