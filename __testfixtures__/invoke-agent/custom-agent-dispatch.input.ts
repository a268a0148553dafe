// A custom agent loop with hand-rolled tool dispatch: the agent's run gets invoke_agent at the call site, the
// dispatched tool gets execute_tool, and the LLM call inside the loop gets its chat span.
import OpenAI from "openai";

const client = new OpenAI();

function getTime(args: { zone: string }): string {
  return new Date().toLocaleString("en-US", { timeZone: args.zone });
}

class ClockAgent {
  constructor(private readonly options: { name: string }) {}

  async run(question: string): Promise<string> {
    const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [{ role: "user", content: question }];
    for (let turn = 0; turn < 3; turn++) {
      const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages });
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
    return `${this.options.name} gave up`;
  }
}

export async function ask(question: string) {
  const agent = new ClockAgent({ name: "clock" });
  return agent.run(question);
}
