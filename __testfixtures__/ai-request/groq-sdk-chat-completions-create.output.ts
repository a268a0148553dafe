// groq-sdk: Groq client with the OpenAI-shaped chat.completions.create.
import Groq from "groq-sdk";
import * as Sentry from "@sentry/node";

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });

export async function tagArticle(article: string): Promise<string[]> {
  const completion = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat llama-3.1-8b-instant",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "groq",
        "gen_ai.request.model": "llama-3.1-8b-instant",
        "gen_ai.request.temperature": 0,
      },
    },
    async (span) => {
      const response = await groq.chat.completions.create({
        model: "llama-3.1-8b-instant",
        messages: sentryRecordInput(span, "gen_ai.request.messages", [
          { role: "system", content: "Return up to five comma-separated topic tags." },
          { role: "user", content: article },
        ]),
        temperature: 0,
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
  return (completion.choices[0].message.content ?? "").split(",").map((t) => t.trim());
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
