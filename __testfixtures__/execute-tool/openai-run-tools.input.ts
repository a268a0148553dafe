// openai's tool runner: `client.chat.completions.runTools({ tools })` calls each tool's `function` itself. Inline
// tools (named by `name`, else by their function's own name, as the SDK does) and `zodFunction` tools run in
// execute_tool spans, under the runner's own gen_ai.chat span, which stays open until the runner ends.
import OpenAI from "openai";
import { zodFunction } from "openai/helpers/zod";
import { z } from "zod";

const client = new OpenAI();

const getStock = zodFunction({
  name: "get_stock",
  description: "Units of a product in stock",
  parameters: z.object({ sku: z.string() }),
  function: async ({ sku }) => {
    const response = await fetch(`https://stock.example/${sku}`);
    return (await response.json()) as { units: number };
  },
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
          function: async ({ city }: { city: string }) => `sunny in ${city}`,
        },
      },
      {
        type: "function",
        function: {
          description: "The current time",
          parameters: { type: "object", properties: {} },
          function: function currentTime() {
            return new Date().toISOString();
          },
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
