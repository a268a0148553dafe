// Streaming: chat.completions.stream(...) returns a runner synchronously: the span ends with its `end` event, read from finalChatCompletion.
import OpenAI from "openai";

const openai = new OpenAI();

export async function streamExplanation(topic: string, write: (text: string) => void) {
  const runner = openai.chat.completions.stream({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Explain ${topic} step by step.` }],
  });
  runner.on("content", (delta) => write(delta));
  const completion = await runner.finalChatCompletion();
  return completion.choices[0].message.content;
}
