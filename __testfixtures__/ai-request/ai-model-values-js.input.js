// Vercel AI SDK: the model held in a const, a parameter, a request field or a provider call with a dynamic id.
// JavaScript: no types, so the id is read at run time. The span records the model id (a LanguageModel object's `modelId`), never the object itself.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";

const tagline = openai("gpt-4o");

export async function writeTagline(product) {
  const { text } = await generateText({ model: tagline, prompt: `Write a tagline for ${product}.` });
  return text;
}

export async function summarize(model, article) {
  const { text } = await generateText({ model, prompt: article });
  return text;
}

export async function answer(request) {
  return generateText({ model: request.model, prompt: request.question });
}

export async function viaGateway(modelId, question) {
  return generateText({ model: modelId, prompt: question });
}

export async function withModelId(modelId, question) {
  return generateText({ model: openai(modelId), prompt: question });
}
