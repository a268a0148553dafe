// @openai/agents: a triage agent that hands off to two specialists. Each agent declared with `handoffs`
// gets an `agent_handoff` listener that records `handoff from <A> to <B>`; the run gets invoke_agent.
import { Agent, handoff, run } from "@openai/agents";

const billingAgent = new Agent({
  name: "Billing Agent",
  instructions: "Answer billing questions.",
  handoffDescription: "Questions about invoices and payments",
});

const refundAgent = new Agent({ name: "Refund Agent", instructions: "Process refunds." });

export const triageAgent = Agent.create({
  name: "Triage Agent",
  instructions: "Route the customer to the right specialist.",
  handoffs: [billingAgent, handoff(refundAgent, { toolNameOverride: "transfer_to_refunds" })],
});

export async function support(message: string) {
  const result = await run(triageAgent, message);
  return result.finalOutput;
}
