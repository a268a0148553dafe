// Clients wrapped with Sentry's own helpers are already instrumented: their calls are traced through the helper,
// so nothing is reported missing and nothing is wrapped a second time.
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenAI } from "@google/genai";
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { Mistral } from "@mistralai/mistralai";
import * as Sentry from "@sentry/node";
import { instrumentOpenAiClient } from "@sentry/node";
import OpenAI from "openai";

const openai = Sentry.instrumentOpenAiClient(new OpenAI({ apiKey: "sk-test" }));
const anthropic = Sentry.instrumentAnthropicAiClient(new Anthropic({ apiKey: "sk-ant-test" }));
const genAI = Sentry.instrumentGoogleGenAIClient(new GoogleGenAI({ apiKey: "test" }));
const mistral = Sentry.instrumentMistralAiClient(new Mistral({ apiKey: "test" }));

export async function askAll(question: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  const message = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 256, messages: [{ role: "user", content: question }] });
  const content = await genAI.models.generateContent({ model: "gemini-2.0-flash", contents: question });
  const chat = genAI.chats.create({ model: "gemini-2.0-flash" });
  const reply = await chat.sendMessage({ message: question });
  const mistralReply = await mistral.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] });
  return [completion.choices[0]?.message.content, message.content, content.text, reply.text, mistralReply.choices[0]?.message?.content];
}

/** Named import of the helper, and a class field holding the wrapped client. */
export class Assistant {
  private readonly client: OpenAI;

  constructor() {
    this.client = instrumentOpenAiClient(new OpenAI({ apiKey: "sk-test" }));
  }

  async answer(question: string) {
    return this.client.responses.create({ model: "gpt-4o-mini", input: question });
  }
}

/** LangChain: Sentry's callback handler on the model or on the call, and Sentry's embeddings wrapper. */
const sentryHandler = Sentry.createLangChainCallbackHandler();
const chatModel = new ChatOpenAI({ model: "gpt-4o-mini", callbacks: [sentryHandler] });
const plainModel = new ChatOpenAI({ model: "gpt-4o-mini" });
const embeddings = Sentry.instrumentLangChainEmbeddings(new OpenAIEmbeddings({ model: "text-embedding-3-small" }));

export async function askLangChain(question: string) {
  const first = await chatModel.invoke(question);
  const second = await plainModel.invoke(question, { callbacks: [Sentry.createLangChainCallbackHandler()] });
  const vector = await embeddings.embedQuery(question);
  return [first.content, second.content, vector.length];
}
