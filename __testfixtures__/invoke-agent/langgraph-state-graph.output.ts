// LangGraph: a StateGraph compiled into a graph and run with .invoke() -> invoke_agent, named by compile({ name }),
// by .withConfig({ runName }), else by the graph's variable. A messages state holds the reply; .stream() and
// .streamEvents() are reported only.
import { AIMessage } from "@langchain/core/messages";
import { Annotation, END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";
import * as Sentry from "@sentry/node";

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
  const state = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent weather_graph",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "weather_graph",
        "gen_ai.request.messages": sentryRecordsAiContent("inputs") ? toSpanJson([{ role: "user", content: `Weather in ${city}?` }]) : undefined,
      },
    },
    async (span) => {
      const response = await weatherGraph.invoke({ messages: [{ role: "user", content: `Weather in ${city}?` }] });
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.messages?.at(-1)?.content]) : undefined,
      });
      return response;
    },
  );
  return state.messages.at(-1)?.content;
}

export async function summarise(topic: string) {
  const summary = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent summaryGraph",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "summaryGraph",
      },
    },
    async () => {
      return summaryGraph.invoke({ topic });
    },
  );
  return summary.summary;
}

export async function review(topic: string) {
  return (await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent review_graph",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "review_graph",
      },
    },
    async () => {
      return reviewGraph.invoke({ topic });
    },
  )).summary;
}

export async function watch() {
  const stream = await weatherGraph.stream({ messages: [] }, { streamMode: "values" });
  const events = weatherGraph.streamEvents({ messages: [] }, { version: "v2" });
  return [stream, events];
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind: "inputs" | "outputs"): boolean {
  // SDK 11 has dataCollection and no sendDefaultPii; older SDKs may have no dataCollection.
  const options: { sendDefaultPii?: boolean; dataCollection?: { genAI?: { inputs?: boolean; outputs?: boolean } } } | undefined =
    Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
