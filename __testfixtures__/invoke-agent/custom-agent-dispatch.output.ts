// A custom agent loop with hand-rolled tool dispatch: the agent's run gets invoke_agent at the call site, the
// dispatched tool gets execute_tool, and the LLM call inside the loop gets its chat span.
import OpenAI from "openai";
import * as Sentry from "@sentry/node";

const client = new OpenAI();

function getTime(args: { zone: string }): string {
  return new Date().toLocaleString("en-US", { timeZone: args.zone });
}

class ClockAgent {
  constructor(private readonly options: { name: string }) {}

  async run(question: string): Promise<string> {
    const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [{ role: "user", content: question }];
    for (let turn = 0; turn < 3; turn++) {
      const completion = await Sentry.startSpan(
        {
          op: "gen_ai.chat",
          name: "chat gpt-4o-mini",
          attributes: {
            "gen_ai.operation.name": "chat",
            "gen_ai.system": "openai",
            "gen_ai.request.model": "gpt-4o-mini",
          },
        },
        async (span) => {
          const response = await client.chat.completions.create({ model: "gpt-4o-mini", messages: sentryRecordInput(span, "gen_ai.request.messages", messages) });
          span.setAttributes({
            "gen_ai.response.model": response?.model,
            "gen_ai.response.id": response?.id,
            "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(response?.choices?.map((choice) => choice?.message?.content)) : undefined,
            "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.choices?.[0]?.message?.tool_calls) : undefined,
            "gen_ai.response.finish_reasons": toSpanJson(response?.choices?.map((choice) => choice?.finish_reason)),
            "gen_ai.usage.input_tokens": response?.usage?.prompt_tokens,
            "gen_ai.usage.output_tokens": response?.usage?.completion_tokens,
            "gen_ai.usage.total_tokens": response?.usage?.total_tokens,
          });
          return response;
        },
      );
      const message = completion.choices[0]?.message;
      if (!message?.tool_calls?.length) return message?.content ?? "";
      messages.push(message);
      for (const call of message.tool_calls) {
        if (call.type !== "function") continue;
        let content: string;
        switch (call.function.name) {
          case "get_time":
            content = Sentry.startSpan(
              {
                op: "gen_ai.execute_tool",
                name: "execute_tool get_time",
                attributes: {
                  "gen_ai.operation.name": "execute_tool",
                  "gen_ai.tool.name": "get_time",
                },
              },
              (span) => {
                const input = JSON.parse(call.function.arguments);
                span.setAttributes({
                  "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(input) : undefined,
                });
                const output = getTime(input);
                span.setAttributes({
                  "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
                });
                return output;
              },
            );
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
  return Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent clock",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "clock",
      },
    },
    async (span) => {
      const response = await agent.run(sentryRecordInput(span, "gen_ai.request.messages", question));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind: "inputs" | "outputs"): boolean {
  // SDK 11 has dataCollection and no sendDefaultPii; older SDKs may have no dataCollection.
  const options: { sendDefaultPii?: boolean; dataCollection?: { genAI?: { inputs?: boolean; outputs?: boolean } } } | undefined =
    Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput<T>(span: Sentry.Span, key: string, value: T): T {
  try {
    if (sentryRecordsAiContent("inputs")) {
      const recorded =
        typeof value === "string" && key !== "gen_ai.request.messages"
          ? value
          : toSpanJson(typeof value === "string" ? [{ role: "user", content: value }] : value);
      if (recorded !== undefined) span.setAttribute(key, recorded);
    }
  } catch {
    // Recording must not change what the app sends.
  }
  return value;
}
