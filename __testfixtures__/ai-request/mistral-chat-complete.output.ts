// Mistral: chat.complete (usage fields are camelCase in the TS SDK).
import { Mistral } from "@mistralai/mistralai";
import * as Sentry from "@sentry/node";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });

export async function translateToFrench(text: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat mistral-small-latest",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "mistral_ai",
        "gen_ai.request.model": "mistral-small-latest",
        "gen_ai.request.temperature": 0.1,
      },
    },
    async (span) => {
      const result = await mistral.chat.complete({
        model: "mistral-small-latest",
        messages: sentryRecordInput(span, "gen_ai.request.messages", [
          { role: "system", content: "Translate the user's text into French." },
          { role: "user", content: text },
        ]),
        temperature: 0.1,
      });
      span.setAttributes({
        "gen_ai.response.model": result?.model,
        "gen_ai.response.id": result?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(result?.choices?.map((choice) => choice?.message?.content)) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(result?.choices?.[0]?.message?.toolCalls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson(result?.choices?.map((choice) => choice?.finishReason)),
        "gen_ai.usage.input_tokens": result?.usage?.promptTokens,
        "gen_ai.usage.output_tokens": result?.usage?.completionTokens,
        "gen_ai.usage.total_tokens": result?.usage?.totalTokens,
      });
      return result;
    },
  );
  return response.choices[0]?.message?.content;
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
