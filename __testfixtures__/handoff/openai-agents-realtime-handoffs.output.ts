// @openai/agents-realtime: a RealtimeAgent declared with `handoffs` gets an `agent_handoff` listener, which
// the RealtimeSession fires on the agent it hands off from.
import { RealtimeAgent } from "@openai/agents-realtime";
import * as Sentry from "@sentry/node";

const billingAgent = new RealtimeAgent({ name: "Billing Agent", instructions: "Answer billing questions." });

export const frontDesk = new RealtimeAgent({
  name: "Front Desk",
  instructions: "Greet the caller and pass them on.",
  handoffs: [billingAgent],
});
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
