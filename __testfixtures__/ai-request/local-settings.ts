// A project's own settings object (used by negative-llamaindex-settings-look-alike).
export const Settings: { llm: { chat(options: { messages: string[] }): Promise<string> } } = {
  llm: { chat: async () => "" },
};
