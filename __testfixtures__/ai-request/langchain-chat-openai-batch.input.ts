// LangChain: ChatOpenAI.batch over several string prompts.
import { ChatOpenAI } from "@langchain/openai";

const llm = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0.3 });

export async function headlineVariants(topics: string[]) {
  const replies = await llm.batch(topics.map((topic) => `Write a newspaper headline about ${topic}.`));
  return replies.map((reply) => reply.text);
}
