// Runtime program (uninstrumented): LangGraph graphs whose nodes are plain functions (no model call): one built on
// the messages state here, one compiled in another module (./lib/summary-graph) and run here under a new name.
import { AIMessage } from "@langchain/core/messages";
import { END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";
import { summaryGraph } from "./lib/summary-graph";

const weatherGraph = new StateGraph(MessagesAnnotation)
  .addNode("forecast", async () => ({ messages: [new AIMessage("Sunny in Paris")] }))
  .addEdge(START, "forecast")
  .addEdge("forecast", END)
  .compile({ name: "weather_graph" });

async function forecast(question: string) {
  const state = await weatherGraph.invoke({ messages: [{ role: "user", content: question }] });
  return state.messages.at(-1)?.content;
}

async function summarise(topic: string) {
  const reviewGraph = summaryGraph.withConfig({ runName: "review_graph" });
  return (await reviewGraph.invoke({ topic })).summary;
}

export async function main(_baseUrl: string) {
  return { forecast: await forecast("Weather in Paris?"), summary: await summarise("Paris") };
}
