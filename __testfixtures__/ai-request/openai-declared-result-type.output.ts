// A request whose result variable has a declared type: the span's callback keeps that type on the call's `const`,
// so an SDK whose result type is inferred from the context (a generic) sees the same context as before.
import OpenAI from "openai";
import * as Sentry from "@sentry/node";

const client = new OpenAI();

export async function ask(question: string): Promise<string | null> {
  const completion: OpenAI.Chat.Completions.ChatCompletion = await Sentry.startSpan(
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
      const response: OpenAI.Chat.Completions.ChatCompletion = await client.chat.completions.create({
        model: "gpt-4o-mini",
        messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]),
      });
      span.setAttributes({
        "gen_ai.response.model": response?.model,
        "gen_ai.response.id": response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(response?.choices?.map((choice) => choice?.message?.content)) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.choices?.[0]?.message?.tool_calls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson(response?.choices?.map((choice) => choice?.finish_reason)),
        "gen_ai.usage.input_tokens": response?.usage?.prompt_tokens,
        "gen_ai.usage.output_tokens": response?.usage?.completion_tokens,
        "gen_ai.usage.total_tokens": response?.usage?.total_tokens,
      });
      return response;
    },
  );
  return completion.choices[0]?.message.content ?? null;
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
