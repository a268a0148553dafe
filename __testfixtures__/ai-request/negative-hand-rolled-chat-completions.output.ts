// Negative: an offline stub that exposes chat.completions.create but does not come from the openai package.
type Message = { role: "system" | "user" | "assistant"; content: string };

export const offlineLlm = {
  chat: {
    completions: {
      async create(params: { model: string; messages: Message[] }) {
        const last = params.messages[params.messages.length - 1];
        return { choices: [{ message: { role: "assistant" as const, content: `echo: ${last?.content ?? ""}` } }] };
      },
    },
  },
};

export async function echoAnswer(question: string) {
  const completion = await offlineLlm.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
  });
  return completion.choices[0].message.content;
}
