// @google/genai: models.generateContent with a config.systemInstruction; reads the .text getter.
import { GoogleGenAI } from "@google/genai";
import * as Sentry from "@sentry/node";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function suggestTitle(draft: string): Promise<string> {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gemini-2.5-flash",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "gcp.gemini",
        "gen_ai.request.model": "gemini-2.5-flash",
        "gen_ai.request.temperature": 0.7,
      },
    },
    async (span) => {
      const result = await ai.models.generateContent({
        model: "gemini-2.5-flash",
        contents: sentryRecordInput(span, "gen_ai.request.messages", draft),
        config: {
          systemInstruction: sentryRecordInput(span, "gen_ai.system_instructions", "Suggest one concise title for this blog post draft."),
          temperature: 0.7,
        },
      });
      span.setAttributes({
        "gen_ai.response.model": result?.modelVersion,
        "gen_ai.response.id": result?.responseId,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(result?.candidates?.[0]?.content?.parts?.flatMap((part) => (part.text ? [part?.text] : []))) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(result?.candidates?.[0]?.content?.parts?.flatMap((part) => (part.functionCall ? [part?.functionCall] : []))) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson(result?.candidates?.map((candidate) => candidate?.finishReason)),
        "gen_ai.usage.input_tokens": result?.usageMetadata?.promptTokenCount,
        "gen_ai.usage.output_tokens": result?.usageMetadata?.candidatesTokenCount == null ? undefined : result?.usageMetadata?.candidatesTokenCount + (result?.usageMetadata?.thoughtsTokenCount ?? 0),
        "gen_ai.usage.total_tokens": result?.usageMetadata?.totalTokenCount,
      });
      return result;
    },
  );
  return response.text ?? "";
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
