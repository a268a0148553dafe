// `aiSdkLoopsAsAgents`: a tool loop already inside a hand-written invoke_agent span is left alone (and gets no
// chat span either).
import * as Sentry from "@sentry/node";
import { openai } from "@ai-sdk/openai";
import { generateText, stepCountIs, type ToolSet } from "ai";

export async function answer(question: string, tools: ToolSet) {
  return Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent support",
      attributes: { "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "support" },
    },
    async () => {
      const result = await generateText({ model: openai("gpt-4o"), tools, stopWhen: stepCountIs(5), prompt: question });
      return result.text;
    },
  );
}
