// @openai/agents: handoffs set after the agents exist, as apps do when agents hand off to each other. Each agent
// whose `handoffs` is assigned or pushed to gets the `agent_handoff` listener, right after its declaration.
import { Agent, handoff } from "@openai/agents";
import * as Sentry from "@sentry/node";

const triageAgent = new Agent({ name: "Triage Agent", instructions: "Route the customer." });
triageAgent.on("agent_handoff", (_context, nextAgent) => {
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: `handoff from Triage Agent to ${nextAgent.name}`,
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
});
const billingAgent = new Agent({ name: "Billing Agent", instructions: "Answer billing questions." });
billingAgent.on("agent_handoff", (_context, nextAgent) => {
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: `handoff from Billing Agent to ${nextAgent.name}`,
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
});
const refundAgent = new Agent({ name: "Refund Agent", instructions: "Process refunds." });

triageAgent.handoffs = [billingAgent, refundAgent];
billingAgent.handoffs.push(handoff(triageAgent, { toolNameOverride: "back_to_triage" }));

export { triageAgent };
