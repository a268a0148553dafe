// Runtime program (uninstrumented): @openai/agents streamed runs (`{ stream: true }`) read four ways: every
// event with `for await`, left after the first event (`break` cancels the stream), never read (only
// `await result.completed`), and a run whose model fails. Each event read is marked with a span of the app's
// own, so the order spans end in shows when the agent span ends.
import { Agent, OpenAIProvider, run, Runner, setDefaultModelProvider, setTracingDisabled, tool } from "@openai/agents";
import * as Sentry from "@sentry/node";
import { z } from "zod";

const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `sunny in ${city}`,
});

const weatherAgent = new Agent({
  name: "Weather Agent",
  instructions: "Answer questions about the weather with the get_weather tool.",
  model: "gpt-4o-agent",
  tools: [getWeather],
});

const failingAgent = new Agent({ name: "Failing Agent", instructions: "Fail.", model: "error-model" });

export async function main(baseUrl: string) {
  setTracingDisabled(true);
  setDefaultModelProvider(new OpenAIProvider({ apiKey: "sk-mock", baseURL: `${baseUrl}/v1` }));

  const read = await run(weatherAgent, "Weather in Paris?", { stream: true });
  let events = 0;
  for await (const event of read) {
    events += event.type.length > 0 ? 1 : 0;
    Sentry.startInactiveSpan({ op: "app.event", name: "event read" }).end();
  }
  await read.completed;

  const runner = new Runner();
  const cancelled = await runner.run(weatherAgent, "Weather in Rome?", { stream: true });
  for await (const event of cancelled) {
    if (event.type) break;
  }
  await cancelled.completed;

  const unread = await run(weatherAgent, "Weather in Oslo?", { stream: true });
  await unread.completed;

  let failure: string | undefined;
  const failing = await run(failingAgent, "Anything?", { stream: true });
  try {
    for await (const event of failing) void event;
    await failing.completed;
  } catch (error) {
    failure = error instanceof Error ? error.constructor.name : String(error);
  }

  return {
    read: { output: read.finalOutput, events: events > 3, requests: read.state.usage.requests },
    cancelled: { cancelled: cancelled.cancelled, error: cancelled.error ?? null },
    unread: { output: unread.finalOutput },
    failure,
  };
}
