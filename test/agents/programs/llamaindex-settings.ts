// Runtime program (uninstrumented): LlamaIndex TS with the LLM set once in `Settings` against the mock's OpenAI
// routes: a chat through `Settings.llm`, and an agent without an `llm` of its own (it runs on `Settings.llm`)
// whose tool is made with `FunctionTool.from`. `Settings` and `FunctionTool` come from `@llamaindex/core`, which
// `llamaindex` re-exports (see llamaindex.ts for why not from the full package).
import { Settings } from "@llamaindex/core/global";
import { FunctionTool } from "@llamaindex/core/tools";
import { OpenAI } from "@llamaindex/openai";
import { agent } from "@llamaindex/workflow";
import { z } from "zod";

Settings.llm = new OpenAI({ apiKey: "sk-mock", maxRetries: 0, baseURL: `${process.env.MOCK_LLM_URL}/v1`, model: "gpt-4o-agent" });

const lookUpOrder = FunctionTool.from(({ orderId }: { orderId: string }) => `order ${orderId} shipped`, {
  name: "look_up_order",
  description: "Look up an order by its id",
  parameters: z.object({ orderId: z.string() }),
});

const orders = agent({ name: "orders", tools: [lookUpOrder] });

export async function main(_baseUrl: string) {
  const chat = await Settings.llm.chat({ messages: [{ role: "user", content: "Hello Settings" }] });
  const run = await orders.run("Where is order 42?");
  return { chat: chat.message.content, answer: run.data.result };
}
