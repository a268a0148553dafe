// Streaming: chat.completions.create with stream: true and include_usage: the span ends after the last chunk, with its usage.
import OpenAI from "openai";

const openai = new OpenAI();

export async function streamStory(prompt: string, write: (text: string) => void) {
  const stream = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: prompt }],
    stream: true,
    stream_options: { include_usage: true },
  });
  for await (const chunk of stream) {
    write(chunk.choices[0]?.delta?.content ?? "");
  }
}
