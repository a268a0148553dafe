// Runtime program (uninstrumented): a LangChain agent created in another module (./lib/support-agent) is run here.
import { supportAgent } from "./lib/support-agent";

export async function main(_baseUrl: string) {
  const state = await supportAgent.invoke({ messages: [{ role: "user", content: "What is the weather in Paris?" }] });
  return { reply: state.messages.at(-1)?.content };
}
