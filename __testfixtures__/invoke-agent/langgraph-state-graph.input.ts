// LangGraph: a StateGraph compiled into a graph and run with .invoke() -> invoke_agent, named by compile({ name }),
// by .withConfig({ runName }), else by the graph's variable. A messages state holds the reply; .stream() and
// .streamEvents() get the same span, open until their stream ends.
import { AIMessage } from "@langchain/core/messages";
import { Annotation, END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";

const weatherGraph = new StateGraph(MessagesAnnotation)
  .addNode("forecast", async () => ({ messages: [new AIMessage("Sunny in Paris")] }))
  .addEdge(START, "forecast")
  .addEdge("forecast", END)
  .compile({ name: "weather_graph" });

const Summary = Annotation.Root({ topic: Annotation<string>, summary: Annotation<string> });

const builder = new StateGraph(Summary)
  .addNode("summarise", async (state: typeof Summary.State) => ({ summary: `About ${state.topic}` }))
  .addEdge(START, "summarise");
const summaryGraph = builder.compile();
const reviewGraph = summaryGraph.withConfig({ runName: "review_graph" });

export async function forecast(city: string) {
  const state = await weatherGraph.invoke({ messages: [{ role: "user", content: `Weather in ${city}?` }] });
  return state.messages.at(-1)?.content;
}

export async function summarise(topic: string) {
  const summary = await summaryGraph.invoke({ topic });
  return summary.summary;
}

export async function review(topic: string) {
  return (await reviewGraph.invoke({ topic })).summary;
}

export async function watch() {
  const stream = await weatherGraph.stream({ messages: [] }, { streamMode: "values" });
  const events = weatherGraph.streamEvents({ messages: [] }, { version: "v2" });
  return [stream, events];
}
