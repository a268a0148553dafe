// @openai/agents/realtime: a RealtimeAgent whose handoffs are pushed after it is made gets the listener too.
import { RealtimeAgent } from "@openai/agents/realtime";

const frontDesk = new RealtimeAgent({ name: "Front Desk", instructions: "Greet the caller." });
const billing = new RealtimeAgent({ name: "Billing", instructions: "Answer billing questions." });

export function connectAgents() {
  frontDesk.handoffs.push(billing);
}

export { frontDesk };
