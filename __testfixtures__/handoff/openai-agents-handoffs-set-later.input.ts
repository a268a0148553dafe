// @openai/agents: handoffs set after the agents exist, as apps do when agents hand off to each other. Each agent
// whose `handoffs` is assigned or pushed to gets the `agent_handoff` listener, right after its declaration.
import { Agent, handoff } from "@openai/agents";

const triageAgent = new Agent({ name: "Triage Agent", instructions: "Route the customer." });
const billingAgent = new Agent({ name: "Billing Agent", instructions: "Answer billing questions." });
const refundAgent = new Agent({ name: "Refund Agent", instructions: "Process refunds." });

triageAgent.handoffs = [billingAgent, refundAgent];
billingAgent.handoffs.push(handoff(triageAgent, { toolNameOverride: "back_to_triage" }));

export { triageAgent };
