// Streaming in JavaScript: a LangChain chat model's streamEvents(); the helpers are added without types.
const { ChatAnthropic } = require("@langchain/anthropic");

const model = new ChatAnthropic({ model: "claude-haiku-4-5" });

async function streamReply(question, write) {
  for await (const event of model.streamEvents(question, { version: "v2" })) {
    if (event.event === "on_chat_model_stream") write(event.data.chunk.content);
  }
}

module.exports = { streamReply };
