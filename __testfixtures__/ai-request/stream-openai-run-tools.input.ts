// openai's tool runner: one span for the whole run, open until the runner ends (done, failed or aborted). The
// text is the last model call's (`finalChatCompletion`), the tokens the run's total (`totalUsage`); the runner
// is handed back itself, so `finalContent()`, `done()`, `messages` and its events stay.
import OpenAI from "openai";

const client = new OpenAI();

export async function plan(question: string) {
  const runner = client.chat.completions.runTools({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: [
      {
        type: "function",
        function: {
          name: "lookup",
          description: "Look a query up",
          parameters: { type: "object", properties: { query: { type: "string" } } },
          parse: JSON.parse,
          function: (args: { query: string }) => `found ${args.query}`,
        },
      },
    ],
  });
  runner.on("message", (message) => console.log(message.role));
  return runner.finalContent();
}

export async function planStreaming(question: string) {
  const runner = client.chat.completions.runTools({
    model: "gpt-4o-mini",
    stream: true,
    messages: [{ role: "user", content: question }],
    tools: [],
  });
  for await (const chunk of runner) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
  return runner.totalUsage();
}
