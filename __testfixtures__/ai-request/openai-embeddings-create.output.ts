// OpenAI: embeddings.create with an array input (operation "embeddings", not "chat").
import OpenAI from "openai";
import * as Sentry from "@sentry/node";

const openai = new OpenAI();

export async function embedDocuments(chunks: string[]): Promise<number[][]> {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.embeddings",
      name: "embeddings text-embedding-3-small",
      attributes: {
        "gen_ai.operation.name": "embeddings",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "text-embedding-3-small",
        "gen_ai.embeddings.input": toSpanJson(chunks),
      },
    },
    async (span) => {
      const result = await openai.embeddings.create({
        model: "text-embedding-3-small",
        input: chunks,
        dimensions: 512,
      });
      span.setAttributes({
        "gen_ai.response.model": result?.model,
        "gen_ai.usage.input_tokens": result?.usage?.prompt_tokens,
        "gen_ai.usage.total_tokens": result?.usage?.total_tokens,
      });
      return result;
    },
  );
  return response.data.map((item) => item.embedding);
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
