// Streaming: openai responses.create with stream: true: text deltas, then response.completed with the usage.
import OpenAI from "openai";

const client = new OpenAI();

export async function streamSummary(text: string, write: (delta: string) => void) {
  const events = await client.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Summarise in one sentence.",
    input: text,
    stream: true,
  });
  for await (const event of events) {
    if (event.type === "response.output_text.delta") write(event.delta);
  }
}
