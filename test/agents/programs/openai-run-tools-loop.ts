// Runtime program (uninstrumented): openai's tool runner runs a whole loop: the mock's agent model asks for the
// tool, the runner runs it and calls the model again, which then answers. A second runner is pointed at the
// mock's failing model, and a third streams (`stream: true`) and is read with `for await`.
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

export async function main(_baseUrl: string) {
  const runner = client.chat.completions.runTools({
    model: "gpt-4o-mini-agent",
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
  const roles: string[] = [];
  runner.on("message", (message) => roles.push(message.role));
  const content = await runner.finalContent();
  const usage = await runner.totalUsage();

  const failing = client.chat.completions.runTools({
    model: "error-model",
    messages: [{ role: "user", content: "Weather in Oslo?" }],
    tools: [],
  });
  let failed: string | undefined;
  try {
    await failing.finalChatCompletion();
  } catch (error) {
    failed = (error as Error).constructor.name;
  }

  const streaming = client.chat.completions.runTools({
    model: "gpt-4o-mini",
    stream: true,
    messages: [{ role: "user", content: "Stream it" }],
    tools: [],
  });
  let streamed = "";
  for await (const chunk of streaming) streamed += chunk.choices[0]?.delta?.content ?? "";
  await streaming.done();
  return { content, roles, usage, failed, streamed };
}
