// Runtime program (uninstrumented): a triage agent runs, then hands the question to a specialist agent.
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

class ChatAgent {
  constructor(private readonly options: { name: string; model: string }) {}

  async run(question: string): Promise<string> {
    const completion = await client.chat.completions.create({
      model: this.options.model,
      messages: [{ role: "user", content: `${this.options.name}: ${question}` }],
    });
    return completion.choices[0]?.message.content ?? "";
  }
}

const triage = new ChatAgent({ name: "triage", model: "gpt-4o-mini" });
const billing = new ChatAgent({ name: "billing", model: "gpt-4o" });

export async function main(_baseUrl: string) {
  const route = await triage.run("Where is my invoice?");
  const answer = await billing.run(route);
  return { route, answer };
}
