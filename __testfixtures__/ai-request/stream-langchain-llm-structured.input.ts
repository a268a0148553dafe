// Streaming: a LangChain text-completion LLM's `.stream()` (its chunks are strings, joined) and a chat model's
// `withStructuredOutput(schema).stream()` (its chunks are ever fuller partial objects; the last is recorded, as
// `.invoke()` records its object). The local `summarizer` only looks like one and stays untouched.
import { ChatOpenAI, OpenAI } from "@langchain/openai";
import { z } from "zod";

const llm = new OpenAI({ model: "gpt-3.5-turbo-instruct", temperature: 0 });
const chat = new ChatOpenAI({ model: "gpt-4o-mini" });
const Title = z.object({ title: z.string() });

export async function streamCompletion(prompt: string, write: (text: string) => void) {
  const stream = await llm.stream(prompt);
  for await (const piece of stream) write(piece);
}

export async function streamTitle(question: string) {
  let title = "";
  for await (const partial of await chat.withStructuredOutput(Title).stream(question)) title = partial.title ?? title;
  return title;
}

export async function extractTitle(question: string) {
  const structured = chat.withStructuredOutput(Title);
  return structured.invoke(question);
}

const summarizer = {
  withStructuredOutput: (_schema: unknown) => ({
    stream: async (text: string) => [text.slice(0, 10)],
  }),
};

export async function localSummary(text: string) {
  return summarizer.withStructuredOutput(Title).stream(text);
}
