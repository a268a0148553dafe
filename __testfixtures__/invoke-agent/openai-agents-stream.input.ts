// @openai/agents: streamed runs (`{ stream: true }`) keep their invoke_agent span open until `completed` settles.
import { Agent, run, Runner } from "@openai/agents";

const storyteller = new Agent({ name: "Storyteller", instructions: "Tell stories.", model: "gpt-4.1-mini" });

export async function tell(topic: string) {
  const stream = await run(storyteller, topic, { stream: true });
  await stream.completed;
  return stream.finalOutput;
}

export async function events(topic: string) {
  const runner = new Runner();
  const result = await runner.run(storyteller, `Tell me about ${topic}`, { stream: true, maxTurns: 3 });
  const seen: string[] = [];
  for await (const event of result) seen.push(event.type);
  return seen;
}

export async function text(topic: string) {
  const result = await run(storyteller, topic.trim().toUpperCase(), { stream: true });
  return result.toTextStream();
}

