// @google/generative-ai (legacy): getGenerativeModel({ model }).generateContent(prompt); text() is a method.
import { GoogleGenerativeAI } from "@google/generative-ai";
import * as Sentry from "@sentry/node";

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");
const model = genAI.getGenerativeModel({
  model: "gemini-1.5-flash",
  systemInstruction: "Rewrite the text in plain English.",
});

export async function simplify(text: string): Promise<string> {
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gemini-1.5-flash",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "gcp.gemini",
        "gen_ai.request.model": "gemini-1.5-flash",
        "gen_ai.request.messages": toSpanJson(typeof text === "string" ? [{ role: "user", content: text }] : text),
      },
    },
    async (span) => {
      const completion = await model.generateContent(text);
      span.setAttributes({
        "gen_ai.response.text": toSpanJson(completion?.response?.candidates?.[0]?.content?.parts?.flatMap((part) => (part.text ? [part?.text] : []))),
        "gen_ai.response.tool_calls": toSpanJson(completion?.response?.candidates?.[0]?.content?.parts?.flatMap((part) => (part.functionCall ? [part?.functionCall] : []))),
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

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
