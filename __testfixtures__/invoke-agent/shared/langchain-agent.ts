// An agent created in its own module, run by the modules that import it.
import { createAgent } from "langchain";

export const supportAgent = createAgent({ name: "support", model: "openai:gpt-4o", tools: [] });
