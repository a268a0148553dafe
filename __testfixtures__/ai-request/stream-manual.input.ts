// Streaming calls left for manual work (reported with what to write, not rewritten): a stream flag known only at
// run time, `.withResponse()` on a stream, Anthropic's tool runner (several model calls in one stream), and an `await`
// in the options of a call that returns its stream synchronously (AI SDK streamText, LangChain streamEvents).
import { openai as aiOpenAi } from "@ai-sdk/openai";
import Anthropic from "@anthropic-ai/sdk";
import { ChatOpenAI } from "@langchain/openai";
import { streamText } from "ai";
import OpenAI from "openai";

const openai = new OpenAI();
const anthropic = new Anthropic();
const chatModel = new ChatOpenAI({ model: "gpt-4o-mini" });

export async function maybeStream(prompt: string, streaming: boolean) {
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }], stream: streaming });
}

export async function streamWithHeaders(prompt: string) {
  const { data, response } = await openai.chat.completions
    .create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }], stream: true })
    .withResponse();
  return { data, requestId: response.headers.get("x-request-id") };
}

export async function anthropicToolRunner(prompt: string) {
  const runner = anthropic.beta.messages.toolRunner({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    messages: [{ role: "user", content: prompt }],
    tools: [],
  });
  return runner.runUntilDone();
}

declare function loadPrompt(id: string): Promise<string>;

export async function streamSaved(id: string) {
  return streamText({ model: aiOpenAi("gpt-4o"), prompt: await loadPrompt(id) }).toTextStreamResponse();
}

export function savedEvents(id: string) {
  return (async function* () {
    yield* chatModel.streamEvents(await loadPrompt(id), { version: "v2" });
  })();
}
