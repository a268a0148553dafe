// Receiver: client stored in a class field set in the constructor (this.client).
import OpenAI from "openai";

export class SupportBot {
  private client: OpenAI;

  constructor(apiKey: string) {
    this.client = new OpenAI({ apiKey });
  }

  async reply(customerMessage: string): Promise<string> {
    const completion = await this.client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "You are a polite support agent." },
        { role: "user", content: customerMessage },
      ],
    });
    return completion.choices[0].message.content ?? "";
  }
}
