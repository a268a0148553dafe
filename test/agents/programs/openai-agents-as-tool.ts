// Runtime program (uninstrumented): an @openai/agents writer agent uses a researcher agent as a tool
// (`researcher.asTool(...)`); the SDK runs the researcher itself. The mock's `agent` models call each offered
// tool once, then answer.
import { Agent, OpenAIProvider, run, setDefaultModelProvider, setTracingDisabled } from "@openai/agents";

const researcher = new Agent({ name: "Researcher", instructions: "Research the topic.", model: "gpt-4o-agent" });

const writer = new Agent({
  name: "Writer",
  instructions: "Write a short article; use the research tool first.",
  model: "gpt-4o-agent",
  tools: [researcher.asTool({ toolName: "research", toolDescription: "Research a topic" })],
});

export async function main(baseUrl: string) {
  setTracingDisabled(true);
  setDefaultModelProvider(new OpenAIProvider({ apiKey: "sk-mock", baseURL: `${baseUrl}/v1` }));
  const result = await run(writer, "Write about tides.");
  return { output: result.finalOutput, requests: result.state.usage.requests };
}
