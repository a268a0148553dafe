// @openai/agents: the agent is a parameter, so its name is read at run time (`agent.name`).
import { Agent, run } from "@openai/agents";

export async function runAny(agent: Agent, input: string) {
  return run(agent, input);
}
