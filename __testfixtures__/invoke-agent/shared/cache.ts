// Project objects whose methods are named like agent runs, in a module that imports an agent framework.
import type { Agent } from "@openai/agents";

class ResponseCache {
  async invoke(key: string): Promise<string> {
    return key;
  }
  async generate(key: string): Promise<string> {
    return key.toUpperCase();
  }
}

export const cache = new ResponseCache();
export const agentsByName = new Map<string, Agent>();
