// @google/genai Interactions API: interactions.create with a model, a system instruction and an input; a streamed
// interaction is left for manual work.
import { GoogleGenAI } from "@google/genai";
import * as Sentry from "@sentry/node";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function ask(question: string) {
  const interaction = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gemini-2.5-flash",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "gcp.gemini",
        "gen_ai.request.model": "gemini-2.5-flash",
      },
    },
    async (span) => {
      const response = await ai.interactions.create({
        model: "gemini-2.5-flash",
        system_instruction: sentryRecordInput(span, "gen_ai.system_instructions", "Answer in one sentence."),
        input: sentryRecordInput(span, "gen_ai.request.messages", question),
      });
      span.setAttributes({
        "gen_ai.response.model": response?.model,
        "gen_ai.response.id": response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.output_text]) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.status]),
        "gen_ai.usage.input_tokens": response?.usage?.total_input_tokens,
        "gen_ai.usage.output_tokens": response?.usage?.total_output_tokens,
        "gen_ai.usage.total_tokens": response?.usage?.total_tokens,
      });
      return response;
    },
  );
  return interaction.output_text;
}

export async function askStreaming(question: string) {
  const events = await ai.interactions.create({ model: "gemini-2.5-flash", input: question, stream: true });
  for await (const event of events) console.log(event.event_type);
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
