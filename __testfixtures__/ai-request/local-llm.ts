// A project's own LLM wrapper that shares a name with a provider class (used by negative-llamaindex-look-alikes).
export class OpenAI {
  async chat(options: { messages: string[] }): Promise<string> {
    return options.messages.join("\n");
  }
}
