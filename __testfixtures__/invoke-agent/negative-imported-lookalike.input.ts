// Negative: values imported from a project file that imports an agent framework but are not agents (a cache whose
// methods are named invoke and generate), and a Mastra lookup whose key is not written out.
import { mastra } from "./shared/mastra";
import { cache } from "./shared/cache";

export async function lookup(key: string, agentKey: "weatherAgent" | "trips") {
  const result = await mastra.getAgent(agentKey).generate(key);
  return [await cache.invoke(key), await cache.generate(key), result.text];
}
