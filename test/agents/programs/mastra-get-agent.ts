// Runtime program (uninstrumented): a Mastra agent fetched from the app's Mastra instance (./lib/mastra) by key.
import { mastra } from "./lib/mastra";

export async function main(_baseUrl: string) {
  const result = await mastra.getAgent("weather").generate("What is the weather in Paris?");
  return { text: result.text };
}
