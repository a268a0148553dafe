// Vercel AI SDK v6: new ToolLoopAgent({ id, model }).generate({ prompt }) -> invoke_agent named by `id`.
import { openai } from "@ai-sdk/openai";
import { ToolLoopAgent } from "ai";

const supportAgent = new ToolLoopAgent({
  id: "support-agent",
  model: openai("gpt-4o"),
  instructions: "You are a helpful support agent.",
});

export async function answer(question: string): Promise<string> {
  const { text } = await supportAgent.generate({ prompt: `Customer asks: ${question}` });
  return text;
}
