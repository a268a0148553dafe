// An @openai/agents agent created in another module and imported through a barrel: run(agent, input) ->
// invoke_agent named by the agent's creation there.
import { run } from "@openai/agents";
import { triageAgent } from "./shared";

export async function triage(question: string) {
  const result = await run(triageAgent, question);
  return result.finalOutput;
}
