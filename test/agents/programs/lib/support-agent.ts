// A LangChain v1 agent created in its own module; ../imported-langchain-agent.ts runs it. One model call to the mock.
import { ChatOpenAI } from "@langchain/openai";
import { createAgent } from "langchain";

const model = new ChatOpenAI({ apiKey: "sk-mock", maxRetries: 0, model: "gpt-4o-mini", configuration: { baseURL: `${process.env.MOCK_LLM_URL}/v1` } });

export const supportAgent = createAgent({ name: "support", model, tools: [] });
