// Streaming: a request input with side effects is recorded and evaluated once where it is written, inside a
// try that ends the span if it throws (no stream helper is in place yet to end it).
import OpenAI from "openai";

const openai = new OpenAI();

declare function buildMessages(topic: string): OpenAI.Chat.ChatCompletionMessageParam[];

export async function streamExplanation(topic: string) {
  const stream = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: buildMessages(topic),
    stream: true,
  });
  return stream.toReadableStream();
}
