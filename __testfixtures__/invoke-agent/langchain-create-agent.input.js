// LangChain v1 createAgent({ name, model }).invoke({ messages }) and a LangGraph prebuilt agent -> invoke_agent;
// the reply is the last message of the returned state. The second run follows the first: a handoff marker.
import { createReactAgent } from "@langchain/langgraph/prebuilt";
import { ChatOpenAI } from "@langchain/openai";
import { createAgent } from "langchain";

const supportAgent = createAgent({
  name: "support",
  model: "openai:gpt-4o",
  tools: [],
});

const researcher = createReactAgent({ llm: new ChatOpenAI({ model: "gpt-4o-mini" }), tools: [], name: "researcher" });

export async function answer(question) {
  const state = await supportAgent.invoke({ messages: [{ role: "user", content: question }] });
  const research = await researcher.invoke({ messages: [{ role: "user", content: question }] });
  return [state.messages.at(-1)?.content, research.messages.length];
}
