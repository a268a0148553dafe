// Runtime-harness program (uninstrumented on purpose; the codemod instruments a copy).
// Convention for all programs: clients are module-level singletons built from
// process.env.MOCK_LLM_URL, which the runner sets to the same URL `main` receives.
import OpenAI from "openai";

const openai = new OpenAI({
  apiKey: "sk-mock",
  baseURL: `${process.env.MOCK_LLM_URL}/v1`,
  maxRetries: 0,
});

const weatherTool: OpenAI.Chat.Completions.ChatCompletionTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Current weather for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

async function askOnce(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are terse." },
      { role: "user", content: question },
    ],
    temperature: 0.2,
    max_tokens: 64,
  });
  return {
    id: completion.id,
    model: completion.model,
    text: completion.choices[0]?.message.content,
    finishReason: completion.choices[0]?.finish_reason,
    usage: completion.usage,
  };
}

async function askWithTools(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini-tool",
    messages: [{ role: "user", content: question }],
    tools: [weatherTool],
  });
  const call = completion.choices[0]?.message.tool_calls?.[0];
  return {
    finishReason: completion.choices[0]?.finish_reason,
    toolCall: call?.type === "function" ? { name: call.function.name, arguments: call.function.arguments } : undefined,
  };
}

async function askFailingModel() {
  try {
    await openai.chat.completions.create({ model: "error-model", messages: [{ role: "user", content: "fail" }] });
    return "no error";
  } catch (error) {
    return error instanceof OpenAI.APIError ? `APIError ${error.status}` : `unexpected ${String(error)}`;
  }
}

export async function main(_baseUrl: string) {
  return {
    chat: await askOnce("What is the capital of France?"),
    tools: await askWithTools("Weather in Paris?"),
    error: await askFailingModel(),
  };
}
