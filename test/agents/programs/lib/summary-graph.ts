// A LangGraph graph compiled in its own module; ../langgraph-state-graph.ts runs it.
import { Annotation, START, StateGraph } from "@langchain/langgraph";

const Summary = Annotation.Root({ topic: Annotation<string>, summary: Annotation<string> });

export const summaryGraph = new StateGraph(Summary)
  .addNode("summarise", async (state: typeof Summary.State) => ({ summary: `About ${state.topic}` }))
  .addEdge(START, "summarise")
  .compile({ name: "summary_graph" });
