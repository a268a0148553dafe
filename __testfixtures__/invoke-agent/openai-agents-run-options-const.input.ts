// @openai/agents: run options held in a `const` object literal (openai-agents-js examples/basic/conversations.ts)
// are read as inline ones when used only by runs: no `stream` key, no stream; `stream: true`, a streamed run whose
// span ends when the run settles. Options that may change before the run (spread, passed elsewhere) stay reported.
import { Agent, run } from "@openai/agents";

const agent = new Agent({ name: "Assistant", instructions: "Be concise." });

export async function converse(conversationId: string) {
  const options = { conversationId };
  const first = await run(agent, "What is the largest country in South America?", options);
  const second = await run(agent, "What is its capital?", options);
  return [first.finalOutput, second.finalOutput];
}

export async function mayStream(conversationId: string, extra: { maxTurns?: number }) {
  const options = { conversationId, ...extra };
  return run(agent, "Hello", options);
}

export async function changedElsewhere(conversationId: string) {
  const options = { conversationId };
  Object.assign(options, { stream: true });
  return run(agent, "Hello", options);
}

export async function streamFlag(conversationId: string) {
  const options = { conversationId, stream: true as const };
  return run(agent, "Hello", options);
}
