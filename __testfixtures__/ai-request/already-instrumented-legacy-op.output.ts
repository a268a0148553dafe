// Already instrumented: a hand-written span with the older docs' op "gen_ai.request" also counts; left unchanged.
import * as Sentry from "@sentry/node";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function summarize(text: string) {
  const message = await Sentry.startSpan({ op: "gen_ai.request", name: "request claude-haiku-4-5" }, () =>
    anthropic.messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 300,
      messages: [{ role: "user", content: `Summarize:\n${text}` }],
    }),
  );
  return message.content;
}
