// @openai/agents: a run whose result variable has a declared type (as human-in-the-loop apps keep it across
// turns). The run's generic result type is inferred from that annotation; moved into the span's callback, the
// call's `const` carries the same annotation, or `RunResult<undefined, ...>` would not be assignable to it.
import { Agent, run, type RunResult } from "@openai/agents";

const agent = new Agent({ name: "Basic test agent", instructions: "You are a helpful assistant.", model: "gpt-4.1-mini" });

export async function main(question: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let result: RunResult<unknown, Agent<unknown, any>> = await run(agent, question);
  while (result.interruptions?.length > 0) {
    result = await run(agent, result.state);
  }
  return result.finalOutput;
}
