// Vercel AI SDK: the model held in a const, a parameter, a request field or a provider call with a dynamic id.
// The span records the model id (a LanguageModel object's `modelId`), never the object itself.
import { openai } from "@ai-sdk/openai";
import { generateText, type LanguageModel } from "ai";

const tagline = openai("gpt-4o");

export async function writeTagline(product: string) {
  const { text } = await generateText({ model: tagline, prompt: `Write a tagline for ${product}.` });
  return text;
}

export async function summarize(model: LanguageModel, article: string) {
  const { text } = await generateText({ model, prompt: article });
  return text;
}

export async function answer(request: { model: LanguageModel; question: string }) {
  return generateText({ model: request.model, prompt: request.question });
}

export async function viaGateway(modelId: string, question: string) {
  return generateText({ model: modelId, prompt: question });
}

export async function withModelId(modelId: string, question: string) {
  return generateText({ model: openai(modelId), prompt: question });
}
