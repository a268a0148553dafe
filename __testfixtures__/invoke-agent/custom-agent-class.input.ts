// A project's own agent class (name ends in `Agent`): `.run()` -> invoke_agent, named by its `name` option
// or, without one, by the class name. The second agent runs on the first one's result: a handoff marker
// (`handoff from researcher to ResearchAgent`) goes just before it.
interface AgentOptions {
  name?: string;
  model?: string;
}

class ResearchAgent {
  constructor(private readonly options: AgentOptions) {}

  async run(task: string): Promise<string> {
    return `${this.options.name ?? "research"}: ${task}`;
  }
}

const researcher = new ResearchAgent({ name: "researcher", model: "gpt-4o-mini" });
const fallback = new ResearchAgent({});

export async function research(topic: string) {
  const summary = await researcher.run(`Summarise ${topic}`);
  const second = await fallback.run(summary);
  return second;
}
