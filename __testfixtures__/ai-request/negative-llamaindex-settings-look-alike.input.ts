// Not rewritten: a `Settings` object of the project with an `llm` field, and a call through LlamaIndex's
// `Settings.llm` when the file assigns it nothing (the LLM is set up in another file: reported, not wrapped).
import { Settings as LlamaSettings } from "llamaindex";
import { Settings } from "./local-settings";

Settings.llm = { chat: async (options: { messages: string[] }) => options.messages.join("\n") };

export async function run(question: string) {
  const local = await Settings.llm.chat({ messages: [question] });
  const model = LlamaSettings.llm.metadata.model;
  return { local, model };
}

export async function elsewhere(question: string) {
  const reply = await LlamaSettings.llm.chat({ messages: [{ role: "user", content: question }] });
  return reply.message.content;
}
