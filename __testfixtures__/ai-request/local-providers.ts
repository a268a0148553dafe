// A project's own classes that share names with LlamaIndex provider classes (used by
// negative-llamaindex-provider-look-alikes).
export class Anthropic {
  async chat(options: { messages: string[] }): Promise<string> {
    return options.messages.join("\n");
  }
}

export class Gemini {
  async complete(options: { prompt: string }): Promise<string> {
    return options.prompt;
  }
}
