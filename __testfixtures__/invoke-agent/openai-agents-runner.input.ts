// @openai/agents: new Runner().run(agent, input); the agent comes from Agent.create and the input has effects,
// so it is recorded where it is written and evaluated once there.
import { Agent, Runner } from "@openai/agents";

const planner = Agent.create({
  name: "Trip Planner",
  instructions: "Plan trips.",
});

const runner = new Runner({ workflowName: "trips" });

function buildPrompt(city: string): string {
  return `Plan three days in ${city}.`;
}

export async function plan(city: string) {
  const result = await runner.run(planner, buildPrompt(city), { maxTurns: 5 });
  return result.finalOutput ?? "";
}
