// Not LlamaIndex calls: a local `chat`/`complete` object, and an LLM class of another package with the same name.
import { OpenAI } from "./local-llm";

const bot = {
  async chat(options: { messages: string[] }) {
    return options.messages.join("\n");
  },
  async complete(options: { prompt: string }) {
    return options.prompt;
  },
};

export async function run(llm: OpenAI) {
  await bot.chat({ messages: ["hi"] });
  await bot.complete({ prompt: "hi" });
  return llm.chat({ messages: ["hi"] });
}
