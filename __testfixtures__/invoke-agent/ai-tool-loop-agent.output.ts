// Vercel AI SDK v6: new ToolLoopAgent({ id, model }).generate({ prompt }) -> invoke_agent named by `id`.
import { openai } from "@ai-sdk/openai";
import { ToolLoopAgent } from "ai";
import * as Sentry from "@sentry/node";

const supportAgent = new ToolLoopAgent({
  id: "support-agent",
  model: openai("gpt-4o"),
  instructions: "You are a helpful support agent.",
});

export async function answer(question: string): Promise<string> {
  const { text } = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent support-agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "support-agent",
        "gen_ai.request.model": "gpt-4o",
        "gen_ai.request.messages": toSpanJson([{ role: "user", content: `Customer asks: ${question}` }]),
      },
    },
    async (span) => {
      const response = await supportAgent.generate({ prompt: `Customer asks: ${question}` });
      span.setAttributes({
        "gen_ai.response.text": toSpanJson([response?.text]),
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
