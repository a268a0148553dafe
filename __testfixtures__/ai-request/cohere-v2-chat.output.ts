// Cohere: CohereClientV2.chat with system + user messages.
import { CohereClientV2 } from "cohere-ai";
import * as Sentry from "@sentry/node";

const cohere = new CohereClientV2({ token: process.env.CO_API_KEY });

export async function draftFaqAnswer(question: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat command-a-03-2025",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "cohere",
        "gen_ai.request.model": "command-a-03-2025",
        "gen_ai.request.messages": toSpanJson([
          { role: "system", content: "Answer in two sentences using our FAQ tone." },
          { role: "user", content: question },
        ]),
      },
    },
    async (span) => {
      const result = await cohere.chat({
        model: "command-a-03-2025",
        messages: [
          { role: "system", content: "Answer in two sentences using our FAQ tone." },
          { role: "user", content: question },
        ],
      });
      span.setAttributes({
        "gen_ai.response.id": result?.id,
        "gen_ai.response.text": toSpanJson(result?.message?.content?.flatMap((block) => (block.type === "text" ? [block?.text] : []))),
        "gen_ai.response.tool_calls": toSpanJson(result?.message?.toolCalls),
        "gen_ai.response.finish_reasons": toSpanJson([result?.finishReason]),
        "gen_ai.usage.input_tokens": result?.usage?.tokens?.inputTokens,
        "gen_ai.usage.output_tokens": result?.usage?.tokens?.outputTokens,
        "gen_ai.usage.total_tokens": result?.usage?.tokens?.inputTokens == null ? undefined : result?.usage?.tokens?.inputTokens + (result?.usage?.tokens?.outputTokens ?? 0),
      });
      return result;
    },
  );
  return response.message.content;
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
