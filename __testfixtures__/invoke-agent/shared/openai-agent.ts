// An @openai/agents agent created in its own module.
import { Agent } from "@openai/agents";

export const triageAgent = new Agent({ name: "Triage", instructions: "Route the question.", model: "gpt-4o-mini" });
