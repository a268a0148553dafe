// OpenAI: responses.create with instructions and a string input; reads output_text.
import OpenAI from "openai";
import * as Sentry from "@sentry/node";

const client = new OpenAI();

export async function writeReleaseNote(changes: string): Promise<string> {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4.1",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4.1",
        "gen_ai.request.temperature": 0.4,
        "gen_ai.request.messages": toSpanJson(typeof changes === "string" ? [{ role: "user", content: changes }] : changes),
        "gen_ai.system_instructions": "Write a short, friendly release note for end users.",
      },
    },
    async (span) => {
      const result = await client.responses.create({
        model: "gpt-4.1",
        instructions: "Write a short, friendly release note for end users.",
        input: changes,
        temperature: 0.4,
      });
      span.setAttributes({
        "gen_ai.response.model": result?.model,
        "gen_ai.response.id": result?.id,
        "gen_ai.response.text": toSpanJson([result?.output_text]),
        "gen_ai.response.tool_calls": toSpanJson(result?.output?.flatMap((item) => (item.type === "function_call" ? [item] : []))),
        "gen_ai.response.finish_reasons": toSpanJson([result?.status]),
        "gen_ai.usage.input_tokens": result?.usage?.input_tokens,
        "gen_ai.usage.output_tokens": result?.usage?.output_tokens,
        "gen_ai.usage.total_tokens": result?.usage?.total_tokens,
      });
      return result;
    },
  );
  return response.output_text;
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
