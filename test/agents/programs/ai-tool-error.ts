// Runtime program (uninstrumented): tools that throw. The AI SDK catches the async tool's error and hands it back
// to the model as a `tool-error` part, which the program reads from the steps; the synchronous tool, called
// directly, throws to the program. The instrumented run must see the same errors.
import { createOpenAI } from "@ai-sdk/openai";
import { generateText, stepCountIs, tool } from "ai";
import { z } from "zod";

const openai = createOpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1` });

class ForecastUnavailableError extends Error {
  override name = "ForecastUnavailableError";
}

const convert = tool({
  description: "Convert Fahrenheit to Celsius",
  inputSchema: z.object({ fahrenheit: z.number() }),
  execute: ({ fahrenheit }) => {
    if (fahrenheit < -459.67) throw new RangeError(`${fahrenheit}°F is below absolute zero`);
    return Math.round(((fahrenheit - 32) * 5) / 9);
  },
});

export async function main(_baseUrl: string) {
  const result = await generateText({
    model: openai.chat("gpt-4o-mini-tool"),
    tools: {
      get_weather: tool({
        description: "Get the weather for a city",
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }): Promise<string> => {
          throw new ForecastUnavailableError(`no forecast for ${city}`);
        },
      }),
    },
    stopWhen: stepCountIs(1),
    prompt: "Weather in Paris?",
    maxRetries: 0,
  });
  const toolErrors = result.steps.flatMap((step) =>
    step.content.flatMap((part) => (part.type === "tool-error" ? [{ tool: part.toolName, error: String(part.error) }] : [])),
  );
  let thrown: string | undefined;
  try {
    await convert.execute!({ fahrenheit: -500 }, { toolCallId: "call_direct", messages: [] });
  } catch (error) {
    thrown = `${(error as Error).name}: ${(error as Error).message}`;
  }
  return { toolErrors, thrown, text: result.text };
}
