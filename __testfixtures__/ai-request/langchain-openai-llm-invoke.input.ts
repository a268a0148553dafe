// LangChain text-completion LLM (`OpenAI` from @langchain/openai is not a chat model): invoke and batch take
// prompts and resolve to completion strings, so the spans are text_completion ones.
import { OpenAI } from "@langchain/openai";

const llm = new OpenAI({ model: "gpt-3.5-turbo-instruct", temperature: 0 });

export async function complete(prompt: string) {
  const text = await llm.invoke(prompt);
  return text.trim();
}

export async function completeAll(prompts: string[]) {
  return llm.batch(prompts);
}
