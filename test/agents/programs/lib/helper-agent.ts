// An @openai/agents agent created in its own module; ../imported-openai-agent.ts runs it.
import { Agent } from "@openai/agents";

export const helperAgent = new Agent({ name: "Helper Agent", instructions: "Answer briefly.", model: "gpt-4o-agent" });
