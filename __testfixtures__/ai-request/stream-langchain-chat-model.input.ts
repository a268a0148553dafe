// Streaming: LangChain chat models. `await model.stream(input)` resolves to an IterableReadableStream of
// AIMessageChunks; `model.streamEvents(input, { version: "v2" })` returns its event stream synchronously. Both spans
// end with their stream, with the joined text, the token counts of `usage_metadata` and the response model.
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";

const model = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0 });

export async function streamAnswer(question: string, write: (text: string) => void) {
  const stream = await model.stream([new SystemMessage("Answer briefly."), new HumanMessage(question)]);
  for await (const chunk of stream) {
    write(chunk.text);
  }
  return stream instanceof ReadableStream;
}

export async function* answerEvents(question: string) {
  const events = model.streamEvents([{ role: "user", content: question }], { version: "v2" });
  for await (const event of events) {
    if (event.event === "on_chat_model_stream") yield event.data.chunk.content;
  }
}

export async function streamWithTools(question: string) {
  const stream = await model.bindTools([]).stream(question);
  const reader = stream.getReader();
  const first = await reader.read();
  reader.releaseLock();
  return first.value?.content;
}
