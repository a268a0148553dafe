// @openai/agents `agent.asTool(...)`: the SDK runs the sub-agent itself (agents-core's `asTool` makes the tool's
// execute and its own Runner), so there is neither a tool body nor a run call here to wrap. The tool object is
// wrapped where it is made: its `invoke` runs in an execute_tool span around the sub-agent's invoke_agent span.
// The writer's run gets its invoke_agent span, and lists the tool by its `toolName`.
import { Agent, run } from "@openai/agents";

const researcher = new Agent({ name: "Researcher", instructions: "Research the topic.", model: "gpt-4o-mini" });

const writer = new Agent({
  name: "Writer",
  instructions: "Write a short article; use the research tool first.",
  model: "gpt-4o-mini",
  tools: [researcher.asTool({ toolName: "research", toolDescription: "Research a topic" })],
});

export async function write(topic: string) {
  const result = await run(writer, topic);
  return result.finalOutput;
}
