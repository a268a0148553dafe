// LangChain: ChatOpenAI.batch over several string prompts.
import { ChatOpenAI } from "@langchain/openai";
import * as Sentry from "@sentry/node";

const llm = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0.3 });

export async function headlineVariants(topics: string[]) {
  const replies = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o-mini",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
      },
    },
    async (span) => {
      const mapValue = topics.map((topic) => `Write a newspaper headline about ${topic}.`);
      span.setAttributes({
        "gen_ai.request.messages": toSpanJson(typeof mapValue === "string" ? [{ role: "user", content: mapValue }] : mapValue),
      });
      const response = await llm.batch(mapValue);
      span.setAttributes({
        "gen_ai.response.text": toSpanJson(response?.map((item) => item?.content)),
        "gen_ai.response.tool_calls": toSpanJson(response?.map((item) => item?.tool_calls)),
      });
      return response;
    },
  );
  return replies.map((reply) => reply.text);
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
