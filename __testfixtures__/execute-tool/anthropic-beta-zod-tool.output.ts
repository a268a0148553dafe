// Anthropic tool runner helpers: betaZodTool({ name, description, inputSchema, run }) -> `run` executes in an
// execute_tool span; its content-block result keeps the SDK's literal types.
import { betaZodTool } from "@anthropic-ai/sdk/helpers/beta/zod";
import { z } from "zod/v4";
import * as Sentry from "@sentry/node";

export const getWeather = betaZodTool({
  name: "get_weather",
  description: "Get the current weather in a given location",
  inputSchema: z.object({ location: z.string() }),
  run: async (input) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool get_weather",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "get_weather",
          "gen_ai.tool.description": "Get the current weather in a given location",
          "gen_ai.tool.input": toSpanJson(input),
        },
      },
      async (span) => {
        return recordToolOutput(span, await (async () => {
          if (!input.location) return "unknown location";
          return [{ type: "text", text: `It is sunny in ${input.location}` }];
        })());
      },
    ),
});

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records a tool's output on its Sentry span and returns it unchanged (a promise is recorded when it resolves). */
function recordToolOutput<T>(span: { setAttribute(key: string, value: string | undefined): unknown }, output: T): T {
  if (typeof (output as { then?: unknown } | null | undefined)?.then === "function") {
    (output as unknown as PromiseLike<unknown>).then((value) => span.setAttribute("gen_ai.tool.output", toSpanJson(value)), () => undefined);
  } else {
    span.setAttribute("gen_ai.tool.output", toSpanJson(output));
  }
  return output;
}
