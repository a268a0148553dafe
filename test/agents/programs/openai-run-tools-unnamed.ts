// Runtime program (uninstrumented): openai's tool runner with a tool that has no `name`: the SDK names it after its
// function (`getWeather`), and the model is offered (and calls) the tool under that name.
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

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
            function: async function getWeather({ city }: { city: string }) {
              return `sunny in ${city}`;
            },
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
