// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

export async function main(_baseUrl: string) {
  const response = await client.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Answer in French.",
    input: "Say hello",
  });

  const withTool = await client.responses.create({
    model: "gpt-4.1-mini-tool",
    input: [{ role: "user", content: "Convert 10 EUR to USD" }],
    tools: [
      {
        type: "function",
        name: "convert_currency",
        description: "Convert an amount between currencies",
        parameters: { type: "object", properties: { amount: { type: "number" } }, required: ["amount"] },
        strict: false,
      },
    ],
  });
  const functionCall = withTool.output.find((item) => item.type === "function_call");

  return {
    id: response.id,
    model: response.model,
    status: response.status,
    text: response.output_text,
    usage: response.usage,
    toolCall: functionCall && { name: functionCall.name, arguments: functionCall.arguments },
  };
}
