// @openai/agents/realtime: a RealtimeAgent whose handoffs are pushed after it is made gets the listener too.
import { RealtimeAgent } from "@openai/agents/realtime";
import * as Sentry from "@sentry/node";

const frontDesk = new RealtimeAgent({ name: "Front Desk", instructions: "Greet the caller." });
frontDesk.on("agent_handoff", (_context, nextAgent) => {
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: `handoff from Front Desk to ${nextAgent.name}`,
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
});
const billing = new RealtimeAgent({ name: "Billing", instructions: "Answer billing questions." });

export function connectAgents() {
  frontDesk.handoffs.push(billing);
}

export { frontDesk };
