// Runtime program (uninstrumented): LangGraph and LangChain agent streams against the mock. A createAgent agent's
// .stream() read to the end, a compiled graph's .streamEvents() read to the end, the same graph's .stream() left
// after its first update, and a graph whose model's stream fails half way, through .streamEvents().
import { END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";
import { ChatOpenAI } from "@langchain/openai";
import { createAgent } from "langchain";

const connection = { apiKey: "sk-mock", maxRetries: 0, configuration: { baseURL: `${process.env.MOCK_LLM_URL}/v1` } };
const model = new ChatOpenAI({ ...connection, model: "gpt-4o-mini" });
const failing = new ChatOpenAI({ ...connection, model: "error-midstream-model" });

const supportAgent = createAgent({ name: "support", model, tools: [] });

const chatGraph = new StateGraph(MessagesAnnotation)
  .addNode("reply", async (state: typeof MessagesAnnotation.State) => ({ messages: [await model.invoke(state.messages)] }))
  .addEdge(START, "reply")
  .addEdge("reply", END)
  .compile({ name: "chat_graph" });

const failingGraph = new StateGraph(MessagesAnnotation)
  .addNode("reply", async (state: typeof MessagesAnnotation.State) => ({ messages: [await failing.invoke(state.messages)] }))
  .addEdge(START, "reply")
  .addEdge("reply", END)
  .compile({ name: "failing_graph" });

async function agentReply(question: string) {
  const stream = await supportAgent.stream({ messages: [{ role: "user", content: question }] }, { streamMode: "values" });
  let reply: unknown;
  let states = 0;
  for await (const state of stream) {
    states++;
    reply = (state as { messages: Array<{ content: unknown }> }).messages.at(-1)?.content;
  }
  return { reply, states, readable: stream instanceof ReadableStream };
}

async function graphEvents(question: string) {
  const events = chatGraph.streamEvents({ messages: [{ role: "user", content: question }] }, { version: "v2" });
  let text = "";
  for await (const event of events) {
    if (event.event === "on_chat_model_stream") text += event.data.chunk.content;
  }
  return text;
}

async function firstUpdate(question: string) {
  const stream = await chatGraph.stream({ messages: [{ role: "user", content: question }] }, { streamMode: "updates" });
  for await (const update of stream) return Object.keys(update);
  return [];
}

async function failedEvents(question: string) {
  try {
    const events = failingGraph.streamEvents({ messages: [{ role: "user", content: question }] }, { version: "v2" });
    for await (const event of events) void event;
    return "no error";
  } catch (error) {
    return error instanceof Error ? error.name : String(error);
  }
}

export async function main(_baseUrl: string) {
  return {
    agent: await agentReply("Weather in Paris?"),
    events: await graphEvents("Weather in Rome?"),
    early: await firstUpdate("Weather in Oslo?"),
    failure: await failedEvents("Fail half way"),
  };
}
