// Vercel AI SDK: generateText with an @ai-sdk/openai provider model and a system prompt.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import * as Sentry from "@sentry/node";

export async function writeTagline(product: string): Promise<string> {
  const { text } = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o-mini",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.temperature": 0.9,
        "gen_ai.request.messages": toSpanJson([{ role: "user", content: `Write a tagline for ${product}.` }]),
        "gen_ai.system_instructions": "You write punchy marketing taglines.",
      },
    },
    async (span) => {
      const response = await generateText({
        model: openai("gpt-4o-mini"),
        system: "You write punchy marketing taglines.",
        prompt: `Write a tagline for ${product}.`,
        temperature: 0.9,
      });
      span.setAttributes({
        "gen_ai.response.model": response?.response?.modelId,
        "gen_ai.response.id": response?.response?.id,
        "gen_ai.response.text": toSpanJson([response?.text]),
        "gen_ai.response.tool_calls": toSpanJson(response?.toolCalls),
        "gen_ai.response.finish_reasons": toSpanJson([response?.finishReason]),
        "gen_ai.usage.input_tokens": response?.totalUsage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.totalUsage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.totalUsage?.totalTokens,
      });
      return response;
    },
  );
  return text;
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
