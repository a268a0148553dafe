// @google/generative-ai (legacy): model.startChat({ history }) then chat.sendMessage(text).
import { GoogleGenerativeAI } from "@google/generative-ai";
import * as Sentry from "@sentry/node";

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");

export async function continueConversation(previousQuestion: string, previousAnswer: string, next: string) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-pro" });
  const chat = model.startChat({
    history: [
      { role: "user", parts: [{ text: previousQuestion }] },
      { role: "model", parts: [{ text: previousAnswer }] },
    ],
  });
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gemini-1.5-pro",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "gcp.gemini",
        "gen_ai.request.model": "gemini-1.5-pro",
      },
    },
    async (span) => {
      const completion = await chat.sendMessage(sentryRecordInput(span, "gen_ai.request.messages", next));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(completion?.response?.candidates?.[0]?.content?.parts?.flatMap((part) => (part.text ? [part?.text] : []))) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(completion?.response?.candidates?.[0]?.content?.parts?.flatMap((part) => (part.functionCall ? [part?.functionCall] : []))) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson(completion?.response?.candidates?.map((candidate) => candidate?.finishReason)),
        "gen_ai.usage.input_tokens": completion?.response?.usageMetadata?.promptTokenCount,
        "gen_ai.usage.output_tokens": completion?.response?.usageMetadata?.candidatesTokenCount,
        "gen_ai.usage.total_tokens": completion?.response?.usageMetadata?.totalTokenCount,
      });
      return completion;
    },
  );
  return result.response.text();
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
