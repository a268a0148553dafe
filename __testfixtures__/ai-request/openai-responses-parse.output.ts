// OpenAI: responses.parse with zodTextFormat; reads output_parsed.
import OpenAI from "openai";
import { zodTextFormat } from "openai/helpers/zod";
import { z } from "zod";
import * as Sentry from "@sentry/node";

const Invoice = z.object({
  vendor: z.string(),
  total: z.number(),
  currency: z.string(),
});

const client = new OpenAI();

export async function parseInvoice(ocrText: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o-2024-08-06",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-2024-08-06",
      },
    },
    async (span) => {
      const result = await client.responses.parse({
        model: "gpt-4o-2024-08-06",
        input: sentryRecordInput(span, "gen_ai.request.messages", [
          { role: "system", content: "Extract the invoice fields." },
          { role: "user", content: ocrText },
        ]),
        text: { format: zodTextFormat(Invoice, "invoice") },
      });
      span.setAttributes({
        "gen_ai.response.model": result?.model,
        "gen_ai.response.id": result?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.output_text]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(result?.output?.flatMap((item) => (item.type === "function_call" ? [item] : []))) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([result?.status]),
        "gen_ai.usage.input_tokens": result?.usage?.input_tokens,
        "gen_ai.usage.output_tokens": result?.usage?.output_tokens,
        "gen_ai.usage.total_tokens": result?.usage?.total_tokens,
      });
      return result;
    },
  );
  return response.output_parsed;
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
