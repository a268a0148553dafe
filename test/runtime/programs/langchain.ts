// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatOpenAI, OpenAI } from "@langchain/openai";

const connection = { apiKey: "sk-mock", maxRetries: 0, configuration: { baseURL: `${process.env.MOCK_LLM_URL}/v1` } };
const model = new ChatOpenAI({ ...connection, model: "gpt-4o-mini", temperature: 0 });
// A text-completion LLM, not a chat model: `invoke` takes a prompt and resolves to the completion string.
const llm = new OpenAI({ ...connection, model: "gpt-3.5-turbo-instruct", temperature: 0 });

export async function main(_baseUrl: string) {
  const message = await model.invoke([new SystemMessage("You are helpful."), new HumanMessage("What is LangChain?")]);
  const completion = await llm.invoke("Complete LangChain");
  let error: string;
  try {
    await new ChatOpenAI({ ...connection, model: "error-model" }).invoke("fail");
    error = "no error";
  } catch (caught) {
    error =
      caught instanceof Error
        ? `${caught.constructor.name} ${String((caught as { status?: number }).status)}`
        : String(caught);
  }
  return {
    text: message.content,
    modelName: message.response_metadata.model_name,
    usage: message.usage_metadata,
    completion,
    error,
  };
}
