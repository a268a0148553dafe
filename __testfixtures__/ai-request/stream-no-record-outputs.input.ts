// Streaming with recordOutputs: false: no response text or tool calls on any streaming span.
import Anthropic from "@anthropic-ai/sdk";
import { openai as aiOpenAi } from "@ai-sdk/openai";
import { streamText } from "ai";
import OpenAI from "openai";

const openai = new OpenAI();
const anthropic = new Anthropic();

export async function rawStream(prompt: string) {
  const stream = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }], stream: true });
  for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
}

export async function helperStream(prompt: string) {
  const stream = anthropic.messages.stream({ model: "claude-haiku-4-5", max_tokens: 100, messages: [{ role: "user", content: prompt }] });
  return (await stream.finalMessage()).usage;
}

export function aiStream(prompt: string) {
  return streamText({ model: aiOpenAi("gpt-4o"), prompt }).toTextStreamResponse();
}
