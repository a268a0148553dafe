// Runtime program (uninstrumented): a LangGraph StateGraph with a model node and a tools node, against the mock's
// OpenAI route: the model asks for the tool once, the tools node runs the model's tool calls (what the prebuilt
// ToolNode does; `@langchain/langgraph/prebuilt` resolves only through the package's exports map, which the
// project's node10 type-check does not read), and the model answers.
import type { AIMessage } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";
import { ChatOpenAI } from "@langchain/openai";
import { z } from "zod";

const getWeather = tool(({ city }: { city: string }) => `sunny in ${city}`, {
  name: "get_weather",
  description: "Get the weather for a city",
  schema: z.object({ city: z.string() }),
});

const model = new ChatOpenAI({
  apiKey: "sk-mock",
  maxRetries: 0,
  configuration: { baseURL: `${process.env.MOCK_LLM_URL}/v1` },
  model: "gpt-4o-agent",
}).bindTools([getWeather]);

const graph = new StateGraph(MessagesAnnotation)
  .addNode("agent", async (state) => ({ messages: [await model.invoke(state.messages)] }))
  .addNode("tools", async (state) => {
    const calls = (state.messages.at(-1) as AIMessage).tool_calls ?? [];
    return { messages: await Promise.all(calls.map((call) => getWeather.invoke(call))) };
  })
  .addEdge(START, "agent")
  .addConditionalEdges("agent", (state) => ((state.messages.at(-1) as AIMessage).tool_calls?.length ? "tools" : END), [
    "tools",
    END,
  ])
  .addEdge("tools", "agent")
  .compile({ name: "weather_graph" });

export async function main(_baseUrl: string) {
  const state = await graph.invoke({ messages: [{ role: "user", content: "Weather in Paris?" }] });
  return { answer: state.messages.at(-1)?.content, messages: state.messages.length };
}
