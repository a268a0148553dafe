// A barrel re-exporting the app's agents.
export { triageAgent } from "./openai-agent";
export * from "./langchain-agent";
