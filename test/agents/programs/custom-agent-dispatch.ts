// Runtime program (uninstrumented): a custom agent class whose loop dispatches tool calls by hand.
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

const TOOLS: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  {
    type: "function",
    function: {
      name: "get_time",
      description: "The time in a time zone",
      parameters: { type: "object", properties: { zone: { type: "string" } }, required: ["zone"] },
    },
  },
];

function getTime(args: { zone: string }): string {
  return `noon in ${args.zone}`;
}

class ClockAgent {
  constructor(private readonly options: { name: string }) {}

  async run(question: string): Promise<string> {
    const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [{ role: "user", content: question }];
    for (let turn = 0; turn < 2; turn++) {
      const completion = await client.chat.completions.create({ model: "gpt-4o-mini-tool", messages, tools: TOOLS });
      const message = completion.choices[0]?.message;
      if (!message?.tool_calls?.length) return message?.content ?? "";
      messages.push(message);
      for (const call of message.tool_calls) {
        if (call.type !== "function") continue;
        let content: string;
        switch (call.function.name) {
          case "get_time":
            content = getTime(JSON.parse(call.function.arguments));
            break;
          default:
            content = "unknown tool";
        }
        messages.push({ role: "tool", tool_call_id: call.id, content });
      }
    }
    return `${this.options.name}: ${messages.length} messages`;
  }
}

export async function main(_baseUrl: string) {
  const agent = new ClockAgent({ name: "clock" });
  return agent.run("What time is it in Paris?");
}
