// Streaming: an `await` in a raw stream call's arguments: the callback becomes async, the awaited value is evaluated inside its try.
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
