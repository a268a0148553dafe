// @openai/agents-realtime: a RealtimeAgent declared with `handoffs` gets an `agent_handoff` listener, which
// the RealtimeSession fires on the agent it hands off from.
import { RealtimeAgent } from "@openai/agents-realtime";

const billingAgent = new RealtimeAgent({ name: "Billing Agent", instructions: "Answer billing questions." });

export const frontDesk = new RealtimeAgent({
  name: "Front Desk",
  instructions: "Greet the caller and pass them on.",
  handoffs: [billingAgent],
});
