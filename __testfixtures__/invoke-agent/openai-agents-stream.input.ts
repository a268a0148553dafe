// @openai/agents: a streamed run ends after the caller consumes the stream; it is reported, not wrapped.
import { Agent, run } from "@openai/agents";

const storyteller = new Agent({ name: "Storyteller", instructions: "Tell stories." });

export async function tell(topic: string) {
  const stream = await run(storyteller, topic, { stream: true });
  await stream.completed;
  return stream.finalOutput;
}
