// Runtime program (uninstrumented): openai's tool runner given a function of this file by reference, in a tool with no
// `name`: the SDK names it after the function (`getWeather`), and the model is offered (and calls) it by that name.
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

async function getWeather({ city }: { city: string }) {
  return `sunny in ${city}`;
}

export async function main(_baseUrl: string) {
  const runner = client.chat.completions.runTools(
    {
      model: "gpt-4o-mini-tool",
      messages: [{ role: "user", content: "Weather in Paris?" }],
      tools: [
        {
          type: "function",
          function: {
            description: "Get the weather for a city",
            parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
            parse: JSON.parse,
            function: getWeather,
          },
        },
      ],
    },
    { maxChatCompletions: 1 },
  );
  await runner.finalContent();
  const calledTools = runner.messages.flatMap((message) =>
    message.role === "assistant" ? (message.tool_calls ?? []).map((call) => ("function" in call ? call.function.name : "")) : [],
  );
  const toolResults = runner.messages.filter((message) => message.role === "tool").map((message) => message.content);
  return { calledTools, toolResults };
}
