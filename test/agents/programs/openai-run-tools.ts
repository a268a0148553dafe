// Runtime program (uninstrumented): openai's tool runner calls an inline function tool itself. One model call:
// the mock's tool model asks for the tool, and the runner stops after running it.
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
            name: "get_weather",
            description: "Get the weather for a city",
            parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
            parse: JSON.parse,
            function: async ({ city }: { city: string }) => `sunny in ${city}`,
          },
        },
      ],
    },
    { maxChatCompletions: 1 },
  );
  const content = await runner.finalContent();
  const toolResults = runner.messages.filter((message) => message.role === "tool").map((message) => message.content);
  return { content, toolResults };
}
