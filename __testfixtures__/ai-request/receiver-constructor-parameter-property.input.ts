// Receiver: constructor-injected parameter property typed OpenAI (no `new` in this file).
import type OpenAI from "openai";

export class FeedbackClassifier {
  constructor(private readonly openai: OpenAI) {}

  async classify(feedback: string) {
    const completion = await this.openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "Classify as praise, complaint or suggestion. One word." },
        { role: "user", content: feedback },
      ],
      temperature: 0,
    });
    return completion.choices[0].message.content?.trim().toLowerCase();
  }
}
