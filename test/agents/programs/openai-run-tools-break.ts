// Runtime program (uninstrumented): the app leaves a streamed tool runner (`runTools({ stream: true })`) early with
// `break`. The first runner has no tools and is left after its first text chunk; the second runs the mock's agent
// model, whose first call asks for the tool, and is left at the first text chunk of its second call.
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

export async function main(_baseUrl: string) {
  const first = client.chat.completions.runTools({
    model: "gpt-4o-mini-early-exit",
    stream: true,
    messages: [{ role: "user", content: "Stop after the first words" }],
    tools: [],
  });
  let firstText = "";
  for await (const chunk of first) {
    firstText += chunk.choices[0]?.delta?.content ?? "";
    if (firstText) break;
  }

  const loop = client.chat.completions.runTools({
    model: "gpt-4o-mini-agent",
    stream: true,
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
  });
  let loopText = "";
  for await (const chunk of loop) {
    loopText += chunk.choices[0]?.delta?.content ?? "";
    if (loopText) break;
  }
  const toolResults = loop.messages.filter((message) => message.role === "tool").map((message) => message.content);
  return { firstText, loopText, toolResults };
}
