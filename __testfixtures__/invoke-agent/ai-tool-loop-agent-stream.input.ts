// Vercel AI SDK v6: ToolLoopAgent.stream({ prompt }) -> an invoke_agent span named by `id`, open until the stream
// finishes, fails or is aborted: streamText's onFinish / onError / onAbort, which the agent hands on from the run's
// options (its types leave them out, so they are added in a spread). The tools' spans nest under it. An agent
// made with its own onFinish (which the run's would replace) is reported.
import { openai } from "@ai-sdk/openai";
import { ToolLoopAgent, tool } from "ai";
import { z } from "zod";

const supportAgent = new ToolLoopAgent({
  id: "support-agent",
  model: openai("gpt-4o"),
  instructions: "You are a helpful support agent.",
  tools: {
    lookup: tool({
      description: "Look an order up",
      inputSchema: z.object({ orderId: z.string() }),
      execute: async ({ orderId }) => ({ orderId, status: "shipped" }),
    }),
  },
});

export async function answer(question: string) {
  const result = await supportAgent.stream({ prompt: `Customer asks: ${question}` });
  return result.toTextStreamResponse();
}

export async function answerMessages(messages: { role: "user"; content: string }[]) {
  const result = await supportAgent.stream({
    messages,
    onStepFinish: (step) => console.log(step.finishReason),
  });
  for await (const text of result.textStream) process.stdout.write(text);
}

const loggingAgent = new ToolLoopAgent({
  id: "logging-agent",
  model: openai("gpt-4o"),
  onFinish: (event) => console.log(event.totalUsage),
});

export async function logged(question: string) {
  const result = await loggingAgent.stream({ prompt: question });
  return result.toTextStreamResponse();
}
