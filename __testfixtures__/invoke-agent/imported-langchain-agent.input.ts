// A LangChain agent created in another module (./shared/langchain-agent) and run here -> invoke_agent, with the
// name, model and tools of its creation there.
import { supportAgent } from "./shared/langchain-agent";

export async function answer(question: string) {
  const state = await supportAgent.invoke({ messages: [{ role: "user", content: question }] });
  return state.messages.at(-1)?.content;
}
