// openai's tool runner: `client.chat.completions.runTools({ tools })` calls each tool's `function` itself. Inline
// tools (named by `name`, else by their function's own name, as the SDK does) and `zodFunction` tools run in
// execute_tool spans; the runner itself streams several model calls and is reported for manual work.
import OpenAI from "openai";
import { zodFunction } from "openai/helpers/zod";
import { z } from "zod";
import * as Sentry from "@sentry/node";

const client = new OpenAI();

const getStock = zodFunction({
  name: "get_stock",
  description: "Units of a product in stock",
  parameters: z.object({ sku: z.string() }),
  function: withToolSpan("get_stock", "Units of a product in stock", async ({ sku }) => {
    const response = await fetch(`https://stock.example/${sku}`);
    return (await response.json()) as { units: number };
  }),
});

export async function askStore(question: string) {
  const runner = client.chat.completions.runTools({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: [
      {
        type: "function",
        function: {
          name: "get_weather",
          description: "Get the weather for a city",
          parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
          parse: JSON.parse,
          function: withToolSpan("get_weather", "Get the weather for a city", async ({ city }: { city: string }) => `sunny in ${city}`),
        },
      },
      {
        type: "function",
        function: {
          description: "The current time",
          parameters: { type: "object", properties: {} },
          function: withToolSpan("currentTime", "The current time", function currentTime() {
            return new Date().toISOString();
          }),
        },
      },
    ],
  });
  return runner.finalContent();
}

export async function checkStock(question: string) {
  const runner = client.chat.completions.runTools({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: [getStock],
  });
  return runner.finalContent();
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

/** Runs a tool's function in a Sentry execute_tool span; `this`, the arguments, the result and errors pass through. */
function withToolSpan<A extends unknown[], R>(name: string | undefined, description: string | undefined, fn: (...args: A) => R): (...args: A) => R {
  const wrapped = function (this: unknown, ...args: A): R {
    return Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: name ? `execute_tool ${name}` : "execute_tool",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": name,
          "gen_ai.tool.description": description,
          "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(args[0]) : undefined,
        },
      },
      (span) => {
        const output = fn.apply(this, args);
        const record = (value: unknown) => {
          if (sentryRecordsAiContent("outputs")) span.setAttribute("gen_ai.tool.output", toSpanJson(value));
        };
        if (typeof (output as { then?: unknown } | null | undefined)?.then === "function") {
          (output as unknown as PromiseLike<unknown>).then(record, () => undefined);
        } else {
          record(output);
        }
        return output;
      },
    );
  };
  // It keeps the function's name: a framework may name the tool after it (openai's runTools does).
  Object.defineProperty(wrapped, "name", { value: fn.name, configurable: true });
  return wrapped;
}
