// Streaming, left for manual work: an `await` in the call's arguments (the span's callback returns the stream synchronously).
import OpenAI from "openai";

const openai = new OpenAI();

declare function loadHistory(userId: string): Promise<OpenAI.Chat.ChatCompletionMessageParam[]>;

export async function streamChat(userId: string) {
  const stream = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: await loadHistory(userId),
    stream: true,
  });
  return stream.toReadableStream();
}
