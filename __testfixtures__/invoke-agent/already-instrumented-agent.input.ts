// Already instrumented: the run is inside a hand-written gen_ai.invoke_agent span; left unchanged.
import { Agent, run } from "@openai/agents";
import * as Sentry from "@sentry/node";

const helper = new Agent({ name: "Helper", instructions: "Help." });

export async function help(question: string) {
  return Sentry.startSpan(
    { op: "gen_ai.invoke_agent", name: "invoke_agent Helper", attributes: { "gen_ai.operation.name": "invoke_agent" } },
    async () => {
      const result = await run(helper, question);
      return result.finalOutput;
    },
  );
}
