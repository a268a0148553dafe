// @google/genai: ai.chats.create({ model }) then chat.sendMessage({ message }); the model lives on the chat.
import { GoogleGenAI } from "@google/genai";
import * as Sentry from "@sentry/node";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function tutorSession(questions: string[]): Promise<string[]> {
  const chat = ai.chats.create({
    model: "gemini-2.5-flash",
    config: { systemInstruction: "You are a patient maths tutor." },
  });
  const answers: string[] = [];
  for (const question of questions) {
    const response = await Sentry.startSpan(
      {
        op: "gen_ai.chat",
        name: "chat gemini-2.5-flash",
        attributes: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "gcp.gemini",
          "gen_ai.request.model": "gemini-2.5-flash",
          "gen_ai.request.messages": toSpanJson(question),
        },
      },
      async (span) => {
        const result = await chat.sendMessage({ message: question });
        span.setAttributes({
          "gen_ai.response.model": result?.modelVersion,
          "gen_ai.response.id": result?.responseId,
          "gen_ai.response.text": toSpanJson(result?.candidates?.[0]?.content?.parts?.flatMap((part) => (part.text ? [part?.text] : []))),
          "gen_ai.response.tool_calls": toSpanJson(result?.candidates?.[0]?.content?.parts?.flatMap((part) => (part.functionCall ? [part?.functionCall] : []))),
          "gen_ai.response.finish_reasons": toSpanJson(result?.candidates?.map((candidate) => candidate?.finishReason)),
          "gen_ai.usage.input_tokens": result?.usageMetadata?.promptTokenCount,
          "gen_ai.usage.output_tokens": result?.usageMetadata?.candidatesTokenCount == null ? undefined : result?.usageMetadata?.candidatesTokenCount + (result?.usageMetadata?.thoughtsTokenCount ?? 0),
          "gen_ai.usage.total_tokens": result?.usageMetadata?.totalTokenCount,
        });
        return result;
      },
    );
    answers.push(response.text ?? "");
  }
  return answers;
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
