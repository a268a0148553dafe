// Look-alikes: handoffs cleared, pushed on a plain object, or set on a shadowing variable. No listener is added.
import { Agent } from "@openai/agents";

const triage = new Agent({ name: "Triage" });
const billing = new Agent({ name: "Billing" });
const router = { handoffs: [] as Agent[] };

triage.handoffs = [];
router.handoffs.push(billing);

export function reset() {
  const billing = { handoffs: [] as Agent[] };
  billing.handoffs.push(triage);
  return billing;
}
