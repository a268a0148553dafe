// A tool whose body runs another agent: the tool body gets execute_tool and the inner run gets invoke_agent
// (written in a second pass over the first pass's output), so at run time the sub-agent is the tool's child.
import { Agent, run, tool } from "@openai/agents";
import { z } from "zod";
import * as Sentry from "@sentry/node";

const translator = new Agent({ name: "Translator", instructions: "Translate to French." });

export const translate = tool({
  name: "translate",
  description: "Translate a text to French",
  parameters: z.object({ text: z.string() }),
  execute: withToolSpan("translate", "Translate a text to French", async ({ text }) => {
    const result = await Sentry.startSpan(
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Translator",
        attributes: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "Translator",
          "gen_ai.request.messages": toSpanJson(text),
        },
      },
      async (span) => {
        const response = await run(translator, text);
        span.setAttributes({
          "gen_ai.response.text": toSpanJson([response?.finalOutput]),
          "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
          "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
          "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
        });
        return response;
      },
    );
    return result.finalOutput ?? "";
  }),
});

export const writer = new Agent({ name: "Writer", instructions: "Write, then translate.", tools: [translate] });

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Runs a tool's function in a Sentry execute_tool span; `this`, the arguments, the result and errors pass through. */
function withToolSpan<A extends unknown[], R>(name: string | undefined, description: string | undefined, fn: (...args: A) => R): (...args: A) => R {
  return function (this: unknown, ...args: A): R {
    return Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: name ? `execute_tool ${name}` : "execute_tool",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": name,
          "gen_ai.tool.description": description,
          "gen_ai.tool.input": toSpanJson(args[0]),
        },
      },
      (span) => {
        const output = fn.apply(this, args);
        const record = (value: unknown) => span.setAttribute("gen_ai.tool.output", toSpanJson(value));
        if (typeof (output as { then?: unknown } | null | undefined)?.then === "function") {
          (output as unknown as PromiseLike<unknown>).then(record, () => undefined);
        } else {
          record(output);
        }
        return output;
      },
    );
  };
}
