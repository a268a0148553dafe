// OpenAI: embeddings.create with an array input (operation "embeddings", not "chat").
import OpenAI from "openai";
import * as Sentry from "@sentry/node";

const openai = new OpenAI();

export async function embedDocuments(chunks: string[]): Promise<number[][]> {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.embeddings",
      name: "embeddings text-embedding-3-small",
      attributes: {
        "gen_ai.operation.name": "embeddings",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "text-embedding-3-small",
      },
    },
    async (span) => {
      const result = await openai.embeddings.create({
        model: "text-embedding-3-small",
        input: sentryRecordInput(span, "gen_ai.embeddings.input", chunks),
        dimensions: 512,
      });
      span.setAttributes({
        "gen_ai.response.model": result?.model,
        "gen_ai.usage.input_tokens": result?.usage?.prompt_tokens,
        "gen_ai.usage.total_tokens": result?.usage?.total_tokens,
      });
      return result;
    },
  );
  return response.data.map((item) => item.embedding);
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
