// Receiver: client created by a class property initializer (private readonly anthropic = new Anthropic()).
import Anthropic from "@anthropic-ai/sdk";

export class CodeExplainer {
  private readonly anthropic = new Anthropic();

  async explain(source: string) {
    const message = await this.anthropic.messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 800,
      messages: [{ role: "user", content: `Explain what this code does:\n\n${source}` }],
    });
    return message.content;
  }
}
