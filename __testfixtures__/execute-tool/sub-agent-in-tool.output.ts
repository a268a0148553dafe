// A tool whose body runs another agent: the tool body gets execute_tool and the inner run gets invoke_agent
// (written in a second pass over the first pass's output), so at run time the sub-agent is the tool's child.
import { Agent, run, tool } from "@openai/agents";
import { z } from "zod";
import * as Sentry from "@sentry/node";

const translator = new Agent({ name: "Translator", instructions: "Translate to French." });

export const translate = tool({
  name: "translate",
  description: "Translate a text to French",
  parameters: z.object({ text: z.string() }),
  execute: async ({ text }) => runInToolSpan("translate", "Translate a text to French", { text }, async () => {
    const result = await Sentry.startSpan(
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Translator",
        attributes: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "Translator",
        },
      },
      async (span) => {
        const response = await run(translator, sentryRecordInput(span, "gen_ai.request.messages", text));
        span.setAttributes({
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.finalOutput]) : undefined,
          "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
          "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
          "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
        });
        return response;
      },
    );
    return result.finalOutput ?? "";
  }),
});

export const writer = new Agent({ name: "Writer", instructions: "Write, then translate.", tools: [translate] });

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

/** Runs a tool's body in a Sentry execute_tool span; its result (a promise stays a promise) and errors pass through. */
function runInToolSpan<R>(name: string | undefined, description: string | undefined, input: unknown, body: () => R): R {
  return Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: name ? `execute_tool ${name}` : "execute_tool",
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": name,
        "gen_ai.tool.description": description,
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(input) : undefined,
      },
    },
    (span) => {
      const output = body();
      const record = (value: unknown) => {
        if (sentryRecordsAiContent("outputs")) span.setAttribute("gen_ai.tool.output", toSpanJson(value));
      };
      if (typeof (output as { then?: unknown } | null | undefined)?.then === "function") {
        (output as unknown as PromiseLike<unknown>).then(record, () => undefined);
      } else {
        record(output);
      }
      return output;
    },
  );
}
