// LangChain: ChatOpenAI.invoke with SystemMessage / HumanMessage.
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";

const model = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0 });

export async function detectLanguage(text: string) {
  const reply = await model.invoke([
    new SystemMessage("Reply with the ISO 639-1 code of the language of the text."),
    new HumanMessage(text),
  ]);
  return reply.content;
}
