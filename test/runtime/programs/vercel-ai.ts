// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
// AI SDK generateText with the OpenAI provider (Responses API by default, chat via openai.chat()).
import { createOpenAI } from "@ai-sdk/openai";
import { generateText, LanguageModel, LanguageModelUsage } from "ai";

const openai = createOpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1` });
// Models held in a const, passed as a LanguageModel parameter, or made from an id at run time: the span is
// named by the model id, never by the model object.
const fixedModel = openai.chat("gpt-4.1-mini");

async function askWith(model: LanguageModel, prompt: string) {
  const { text, response } = await generateText({ model, prompt, maxRetries: 0 });
  return { text, modelId: response.modelId };
}

async function askById(modelId: string, prompt: string) {
  const { text, response } = await generateText({ model: openai.chat(modelId), prompt, maxRetries: 0 });
  return { text, modelId: response.modelId };
}

function tokenCounts(usage: LanguageModelUsage) {
  return {
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    totalTokens: usage.totalTokens,
    cacheReadTokens: usage.inputTokenDetails.cacheReadTokens,
    reasoningTokens: usage.outputTokenDetails.reasoningTokens,
  };
}

export async function main(_baseUrl: string) {
  const viaResponses = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You are a poet.",
    prompt: "Write one line about the sea",
    maxRetries: 0,
  });
  const viaChat = await generateText({
    model: openai.chat("gpt-4o-mini"),
    prompt: "Write one line about the sky",
    maxRetries: 0,
  });
  const viaConst = await generateText({ model: fixedModel, prompt: "Write one line about the moon", maxRetries: 0 });
  const viaParameter = await askWith(openai.chat("gpt-4.1-nano"), "Write one line about the stars");
  const viaId = await askById("gpt-4o", "Write one line about the wind");
  let error: string;
  try {
    await generateText({ model: openai.chat("error-model"), prompt: "fail", maxRetries: 0 });
    error = "no error";
  } catch (caught) {
    error = caught instanceof Error ? caught.name : String(caught);
  }
  return {
    responses: {
      text: viaResponses.text,
      modelId: viaResponses.response.modelId,
      usage: tokenCounts(viaResponses.usage),
    },
    chat: { text: viaChat.text, modelId: viaChat.response.modelId, usage: tokenCounts(viaChat.usage) },
    viaConst: { text: viaConst.text, modelId: viaConst.response.modelId },
    viaParameter,
    viaId,
    error,
  };
}
