// Streaming: openai responses.stream(): the span reads the response.completed event's response.
import OpenAI from "openai";

const client = new OpenAI();

export async function streamAnswer(question: string) {
  const stream = client.responses.stream({ model: "gpt-4.1", input: question });
  let text = "";
  for await (const event of stream) {
    if (event.type === "response.output_text.delta") text += event.delta;
  }
  return text;
}
