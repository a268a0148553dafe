// LlamaIndex TS: chat and complete on @llamaindex/openai LLMs. The model comes from the constructor options, from
// the LLM's `model` field when they name it with a variable, else from the response; a streamed chat is left for
// manual work.
import { OpenAI, openai } from "@llamaindex/openai";

const llm = new OpenAI({ model: "gpt-4o-mini", temperature: 0 });
const configured = new OpenAI({ model: process.env.LLM_MODEL ?? "gpt-4o-mini" });

export async function ask(question: string) {
  const response = await llm.chat({
    messages: [
      { role: "system", content: "You are terse." },
      { role: "user", content: question },
    ],
  });
  return response.message.content;
}

export async function finish(prompt: string) {
  const completion = await openai({ model: "gpt-4o" }).complete({ prompt });
  return completion.text;
}

export async function summarize(text: string) {
  const summary = await configured.complete({ prompt: `Summarize: ${text}` });
  return summary.text;
}

export async function withModelFromResponse(model: OpenAI, question: string) {
  const reply = await model.chat({ messages: [{ role: "user", content: question }] });
  return reply.message.content;
}

export async function stream(question: string) {
  const chunks = await llm.chat({ messages: [{ role: "user", content: question }], stream: true });
  let text = "";
  for await (const chunk of chunks) text += chunk.delta;
  return text;
}
