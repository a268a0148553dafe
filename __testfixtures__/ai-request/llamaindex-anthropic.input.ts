// LlamaIndex TS with @llamaindex/anthropic: chat and complete. The chat reply's text is read from the Messages
// response (its `message.content` is a list of parts); usage counts cache reads and writes in.
import { Anthropic, anthropic } from "@llamaindex/anthropic";

const llm = new Anthropic({ model: "claude-sonnet-4-5", maxTokens: 512 });

export async function ask(question: string) {
  const response = await llm.chat({
    messages: [
      { role: "system", content: "You are terse." },
      { role: "user", content: question },
    ],
  });
  return response.message.content;
}

export async function finish(prompt: string) {
  const completion = await anthropic({ model: "claude-3-5-haiku-latest" }).complete({ prompt });
  return completion.text;
}
