// Hand-rolled dispatch of OpenAI tool calls: each case's call runs in an execute_tool span named by the case.
import OpenAI from "openai";
import * as Sentry from "@sentry/node";

const client = new OpenAI();

async function getWeather(args: { city: string }): Promise<string> {
  return `Sunny in ${args.city}`;
}

function addNumbers(args: { a: number; b: number }): number {
  return args.a + args.b;
}

async function callTool(call: OpenAI.Chat.Completions.ChatCompletionMessageFunctionToolCall): Promise<unknown> {
  switch (call.function.name) {
    case "get_weather":
      return Sentry.startSpan(
        {
          op: "gen_ai.execute_tool",
          name: "execute_tool get_weather",
          attributes: {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": "get_weather",
          },
        },
        async (span) => {
          const input = JSON.parse(call.function.arguments);
          span.setAttributes({
            "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(input) : undefined,
          });
          const output = await getWeather(input);
          span.setAttributes({
            "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
          });
          return output;
        },
      );
    case "add": {
      const sum = Sentry.startSpan(
        {
          op: "gen_ai.execute_tool",
          name: "execute_tool add",
          attributes: {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": "add",
          },
        },
        (span) => {
          const input = JSON.parse(call.function.arguments);
          span.setAttributes({
            "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(input) : undefined,
          });
          const output = addNumbers(input);
          span.setAttributes({
            "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
          });
          return output;
        },
      );
      return sum;
    }
    default:
      throw new Error(`unknown tool ${call.function.name}`);
  }
}

export async function handle(completion: OpenAI.Chat.Completions.ChatCompletion) {
  const results: unknown[] = [];
  for (const call of completion.choices[0]?.message.tool_calls ?? []) {
    if (call.type === "function") results.push(await callTool(call));
  }
  return { client, results };
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
