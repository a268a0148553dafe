// Streaming program (uninstrumented): LangChain `chat.withStructuredOutput(schema).stream()` (ChatOpenAI, JSON
// schema output): an IterableReadableStream of partial objects, each fuller than the one before, parsed from the
// streamed JSON. Conventions: see ../../programs/openai-chat.ts; the scenarios are in ../scenarios.ts. One chat
// model per scenario, each named by a literal: the structured runnable has no model field to read at run time.
import { ChatOpenAI } from "@langchain/openai";
import { chunkDelivered, MIDSTREAM_ERROR_MODEL, runScenarios } from "../scenarios";

const connection = { apiKey: "sk-mock", maxRetries: 0, configuration: { baseURL: `${process.env.MOCK_LLM_URL}/v1` } };
const titleSchema = {
  type: "object",
  properties: { title: { type: "string" } },
  required: ["title"],
  additionalProperties: false,
};
const complete = new ChatOpenAI({ ...connection, model: "gpt-4o" });
const earlyExit = new ChatOpenAI({ ...connection, model: "gpt-4o-early-exit" });
const failing = new ChatOpenAI({ ...connection, model: "error-midstream-model" });

async function titleStream(model: string, question: string) {
  if (model === MIDSTREAM_ERROR_MODEL) {
    return failing.withStructuredOutput(titleSchema, { name: "title" }).stream(question);
  }
  if (model === "gpt-4o-early-exit") {
    return earlyExit.withStructuredOutput(titleSchema, { name: "title" }).stream(question);
  }
  return complete.withStructuredOutput(titleSchema, { name: "title" }).stream(question);
}

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  let last: unknown;
  let chunks = 0;
  for await (const partial of await titleStream(model, question)) {
    chunkDelivered(model);
    chunks++;
    last = partial;
    if (stopEarly) break;
  }
  return { text: last === undefined ? "" : JSON.stringify(last), chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o", earlyExit: "gpt-4o-early-exit" });
}
