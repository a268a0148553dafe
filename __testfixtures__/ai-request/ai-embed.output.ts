// Vercel AI SDK: embed with openai.embedding(...) (operation "embeddings").
import { openai } from "@ai-sdk/openai";
import { embed } from "ai";
import * as Sentry from "@sentry/node";

export async function embedSearchQuery(query: string): Promise<number[]> {
  const { embedding } = await Sentry.startSpan(
    {
      op: "gen_ai.embeddings",
      name: "embeddings text-embedding-3-small",
      attributes: {
        "gen_ai.operation.name": "embeddings",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "text-embedding-3-small",
        "gen_ai.embeddings.input": toSpanJson(query),
      },
    },
    async (span) => {
      const response = await embed({
        model: openai.embedding("text-embedding-3-small"),
        value: query,
      });
      span.setAttributes({
        "gen_ai.usage.input_tokens": response?.usage?.tokens,
      });
      return response;
    },
  );
  return embedding;
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
