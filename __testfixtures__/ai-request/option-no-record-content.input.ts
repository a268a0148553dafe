// Option: --no-record-inputs --no-record-outputs leave prompts, system instructions, response text and tool calls out.
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function askWithWeather(question: string) {
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: "You are a travel assistant. Use tools when you need live data.",
    tools: [
      {
        name: "get_weather",
        description: "Get the current weather for a city",
        input_schema: {
          type: "object",
          properties: { city: { type: "string" } },
          required: ["city"],
        },
      },
    ],
    messages: [{ role: "user", content: question }],
  });
  return message.content;
}
