// Vercel AI SDK: embedMany over a list of values.
import { openai } from "@ai-sdk/openai";
import { embedMany } from "ai";
import * as Sentry from "@sentry/node";

export async function indexParagraphs(paragraphs: string[]) {
  const { embeddings, usage } = await Sentry.startSpan(
    {
      op: "gen_ai.embeddings",
      name: "embeddings text-embedding-3-large",
      attributes: {
        "gen_ai.operation.name": "embeddings",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "text-embedding-3-large",
        "gen_ai.embeddings.input": toSpanJson(paragraphs),
      },
    },
    async (span) => {
      const response = await embedMany({
        model: openai.embedding("text-embedding-3-large"),
        values: paragraphs,
      });
      span.setAttributes({
        "gen_ai.usage.input_tokens": response?.usage?.tokens,
      });
      return response;
    },
  );
  console.log(`embedded ${paragraphs.length} paragraphs (${usage.tokens} tokens)`);
  return embeddings;
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
