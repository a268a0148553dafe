// Already instrumented: the agent already has an agent_handoff listener; no second one is added.
import * as Sentry from "@sentry/node";
import { Agent } from "@openai/agents";

const specialist = new Agent({ name: "Specialist", instructions: "Go deep." });

export const router = new Agent({ name: "Router", instructions: "Route.", handoffs: [specialist] });
router.on("agent_handoff", (_context, nextAgent) => {
  Sentry.startSpan({ op: "gen_ai.handoff", name: `handoff from Router to ${nextAgent.name}` }, () => {});
});
