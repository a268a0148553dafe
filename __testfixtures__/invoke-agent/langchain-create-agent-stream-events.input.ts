// LangChain v1 createAgent(...).streamEvents(...) is a streamed run: its invoke_agent span ends with the stream.
// A Deep Agents agent (createDeepAgent) runs like a LangChain agent: .invoke() -> invoke_agent; an agent configured
// with .withConfig() keeps its name.
import { createDeepAgent } from "deepagents";
import { createAgent } from "langchain";

const supportAgent = createAgent({ name: "support", model: "openai:gpt-4o", tools: [] });

const researcher = createDeepAgent({ name: "researcher", model: "openai:gpt-4o-mini", tools: [] });

export async function* answer(question: string) {
  const events = supportAgent.streamEvents({ messages: [{ role: "user", content: question }] }, { version: "v2" });
  for await (const event of events) yield event.event;
}

export async function research(question: string) {
  const state = await researcher.invoke({ messages: [{ role: "user", content: question }] });
  return state.messages.at(-1)?.content;
}

export async function review(question: string) {
  const state = await supportAgent.withConfig({ recursionLimit: 5 }).invoke({ messages: [{ role: "user", content: question }] });
  return state.messages.length;
}
