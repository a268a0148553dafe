// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({ apiKey: "sk-ant-mock", baseURL: process.env.MOCK_LLM_URL, maxRetries: 0 });

async function summarize(text: string) {
  const message = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 256,
    system: "Summarize in one sentence.",
    messages: [{ role: "user", content: text }],
  });
  const first = message.content[0];
  return {
    id: message.id,
    model: message.model,
    text: first?.type === "text" ? first.text : undefined,
    stopReason: message.stop_reason,
    usage: message.usage,
  };
}

async function lookUpOrder(question: string) {
  const message = await anthropic.messages.create({
    model: "claude-haiku-4-5-tool",
    max_tokens: 256,
    messages: [{ role: "user", content: [{ type: "text", text: question }] }],
    tools: [
      {
        name: "find_order",
        description: "Find an order by its number",
        input_schema: { type: "object", properties: { order_number: { type: "integer" } } },
      },
    ],
  });
  const toolUse = message.content.find((block) => block.type === "tool_use");
  return { stopReason: message.stop_reason, toolUse: toolUse && { name: toolUse.name, input: toolUse.input } };
}

async function callFailingModel() {
  try {
    await anthropic.messages.create({
      model: "error-model",
      max_tokens: 16,
      messages: [{ role: "user", content: "fail" }],
    });
    return "no error";
  } catch (error) {
    return error instanceof Anthropic.APIError ? `APIError ${error.status}` : `unexpected ${String(error)}`;
  }
}

export async function main(_baseUrl: string) {
  return {
    summary: await summarize("Sentry records spans for LLM calls."),
    tools: await lookUpOrder("Where is order 42?"),
    error: await callFailingModel(),
  };
}
